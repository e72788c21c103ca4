package org.jiandu.app;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.jiandu.app.jurisdiction.ImportJurisdiction;
import org.jiandu.app.setup.SetupMessages;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Right after a county set up its installation and chose to load its own jurisdiction, the workbench says what comes
 * next and offers it: the blank template to fill in, or the import of a filled-in workbook (both stay in the File
 * menu), so the administrator does not have to look for them.
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
        Display display = Display.getCurrent();
        // after the window is on screen, so the dialog has a parent to sit on
        display.asyncExec(() -> {
            MessageDialog next = new MessageDialog(display.getActiveShell(), SetupMessages.next_title, null,
                    NLS.bind(SetupMessages.next_text, session.county().commission(java.util.Locale.getDefault()),
                            session.subject().username()),
                    MessageDialog.INFORMATION, 2, SetupMessages.next_template, SetupMessages.next_import,
                    SetupMessages.next_later);
            switch (next.open()) {
                case 0 -> ImportJurisdiction.saveTemplate(display.getActiveShell());
                case 1 -> {
                    ParameterizedCommand c = commands.createCommand(IMPORT_JURISDICTION, null);
                    if (c != null && handlers.canExecute(c)) {
                        handlers.executeHandler(c);
                    }
                }
                default -> { /* later: File menu */ }
            }
        });
    }
}
