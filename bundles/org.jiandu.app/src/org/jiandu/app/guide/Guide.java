package org.jiandu.app.guide;

import java.net.URL;
import java.util.Locale;

import org.osgi.framework.Bundle;

/**
 * The user guide of one bundle: {@code guide/guide.md} beside its screenshots, {@code guide/guide_zh.md} for Chinese.
 * The shell has one for the workbench; each module UI bundle may have one, written for the role that uses it.
 *
 * @param title the guide's first "# " line
 * @param text  the guide in the UI language (English when the bundle has no Chinese one)
 * @param base  where its screenshots are read from
 */
record Guide(String title, String text, URL base) {

    /** The guide of {@code bundle} in the UI language, or null when it has none. */
    static Guide of(Bundle bundle) {
        boolean chinese = "zh".equals(Locale.getDefault().getLanguage());
        URL url = chinese ? bundle.getEntry("guide/guide_zh.md") : null;
        if (url == null) {
            url = bundle.getEntry("guide/guide.md");
        }
        String text = GuidePage.read(url);
        if (text == null) {
            return null;
        }
        String title = text.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst()
                .orElse(bundle.getSymbolicName());
        return new Guide(title, text, url);
    }
}
