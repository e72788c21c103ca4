package org.jiandu.app;

import java.util.Locale;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;

import jakarta.annotation.PostConstruct;

/** Names the county commission in the window title: each county build is branded by its jiandu.county. */
public class BrandingAddon {

    @PostConstruct
    void brand(MApplication app, Session session) {
        String title = NLS.bind(Messages.window_title, session.county().commission(Locale.getDefault()));
        for (MWindow w : app.getChildren()) {
            w.setLabel(title);
        }
    }
}
