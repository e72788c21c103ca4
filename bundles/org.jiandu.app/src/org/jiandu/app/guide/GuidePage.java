package org.jiandu.app.guide;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One guide shown as the page of a book: a small subset of Markdown — "# " title, "## " heading, "- " item,
 * "![caption](file.png)" screenshot beside the guide, blank lines between paragraphs — laid out in labels that wrap,
 * so no browser engine is needed on the county's desktop.
 */
final class GuidePage {

    /** Widest a screenshot is shown; larger ones are scaled down. */
    static final int IMAGE_WIDTH = 560;

    private GuidePage() {
    }

    /** Lays out {@code text} in {@code page}; images are read relative to {@code base}, and disposed with the page. */
    static void render(Composite page, String text, URL base) {
        page.setLayout(new GridLayout(1, false));
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || line.startsWith("![")) {
                flush(page, paragraph);
            }
            if (line.startsWith("## ")) {
                label(page, line.substring(3), JFaceResources.HEADER_FONT, 8);
            } else if (line.startsWith("# ")) {
                label(page, line.substring(2), JFaceResources.BANNER_FONT, 4);
            } else if (line.startsWith("- ")) {
                label(page, "•  " + plain(line.substring(2)), null, 0).setLayoutData(indented());
            } else if (line.startsWith("![") && line.contains("](") && line.endsWith(")")) {
                image(page, line.substring(2, line.indexOf("](")), line.substring(line.indexOf("](") + 2, line.length() - 1), base);
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(plain(line));
            }
        }
        flush(page, paragraph);
    }

    /** Markdown emphasis is shown as plain text. */
    static String plain(String s) {
        return s.replace("**", "").replace("`", "");
    }

    private static void flush(Composite page, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            label(page, paragraph.toString(), null, 2);
            paragraph.setLength(0);
        }
    }

    private static Label label(Composite page, String text, String font, int spaceAbove) {
        Label l = new Label(page, SWT.WRAP);
        l.setText(text.replace("&", "&&"));
        if (font != null) {
            l.setFont(JFaceResources.getFont(font));
        }
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = IMAGE_WIDTH;
        gd.verticalIndent = spaceAbove;
        l.setLayoutData(gd);
        return l;
    }

    private static GridData indented() {
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = IMAGE_WIDTH - 16;
        gd.horizontalIndent = 16;
        return gd;
    }

    private static void image(Composite page, String caption, String file, URL base) {
        try (InputStream in = new URL(base, file).openStream()) {
            ImageData data = new ImageData(in);
            if (data.width > IMAGE_WIDTH) {
                data = data.scaledTo(IMAGE_WIDTH, data.height * IMAGE_WIDTH / data.width);
            }
            Image image = new Image(page.getDisplay(), data);
            Label l = new Label(page, SWT.BORDER);
            l.setImage(image);
            l.addListener(SWT.Dispose, e -> image.dispose());
            GridData gd = new GridData(SWT.LEFT, SWT.TOP, false, false);
            gd.verticalIndent = 6;
            l.setLayoutData(gd);
            l.setToolTipText(caption);
            if (!caption.isBlank()) {
                Label c = label(page, caption, JFaceResources.DIALOG_FONT, 0);
                c.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        } catch (IOException | SWTException e) {
            label(page, "[" + caption + "]", null, 4);
        }
    }

    /** The text of a guide file, or null when the bundle has none. */
    static String read(URL url) {
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
