package org.jiandu.app;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Right after a county set up its installation and chose to import its own jurisdiction, the workbench opens the
 * import: the next step, without making the administrator look for it in the File menu.
 */
public class FirstStepsAddon {

    static final String IMPORT_JURISDICTION = "org.jiandu.app.command.importJurisdiction";

    @Inject
    ECommandService commands;

    @Inject
    EHandlerService handlers;

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, Session session) {
        if (!session.importJurisdiction()) {
            return;
        }
        // after the window is on screen, so the import dialog has a parent to sit on
        Display.getCurrent().asyncExec(() -> {
            ParameterizedCommand c = commands.createCommand(IMPORT_JURISDICTION, null);
            if (c != null && handlers.canExecute(c)) {
                handlers.executeHandler(c);
            }
        });
    }
}
