package org.jiandu.app;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.setup.SetupMessages;
import org.jiandu.ui.Session;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Names the county commission in the window title: each county build is branded by its jiandu.county. A demo
 * installation says so in the title.
 */
public class BrandingAddon {

    @Inject
    MApplication app;

    @PostConstruct
    void brand(Session session) {
        String title = NLS.bind(Messages.window_title, session.county().commission(Locale.getDefault()))
                + (session.demo() ? " " + SetupMessages.demo_marker : "");
        for (MWindow w : app.getChildren()) {
            w.setLabel(title);
        }
    }

    /** The bottom trim is sized before its status line exists; lay the windows out once everything is there. */
    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        for (MWindow w : app.getChildren()) {
            if (w.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                shell.layout(true, true);
            }
        }
    }
}
