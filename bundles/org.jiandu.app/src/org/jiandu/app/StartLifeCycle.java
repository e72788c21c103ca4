package org.jiandu.app;

import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The workbench's life-cycle hook: once e4 has loaded the application model, and before it creates the addons and the
 * window, which need the logged-in {@link org.jiandu.ui.Session}, the user is admitted (database open, setup, login).
 * The model is thereby loaded while the database opens instead of after it.
 */
public class StartLifeCycle {

    @ProcessAdditions
    void admit(IApplicationContext context) {
        if (context instanceof StartContext start) {
            start.admission().admit();
        }
    }
}
