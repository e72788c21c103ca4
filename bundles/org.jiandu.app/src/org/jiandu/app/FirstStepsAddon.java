package org.jiandu.app;

import java.util.Locale;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.jurisdiction.ImportJurisdiction;
import org.jiandu.app.setup.SetupMessages;
import org.jiandu.ui.Session;

import jakarta.annotation.PostConstruct;
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

    /**
     * Runs as the workbench is built on the UI thread; the dialog comes with the first turn of the event loop, when
     * the window is on screen (the start-up-complete event did not reach this addon in the UI tests' second
     * workbench of one process).
     */
    @PostConstruct
    void offer(Session session, MApplication app) {
        if (!session.importJurisdiction()) {
            return;
        }
        Display display = Display.getCurrent();
        display.asyncExec(() -> {
            Shell window = app.getChildren().isEmpty() || !(app.getChildren().get(0).getWidget() instanceof Shell s)
                    ? display.getActiveShell() : s;
            MessageDialog next = new MessageDialog(window, SetupMessages.next_title, null,
                    NLS.bind(SetupMessages.next_text, session.county().commission(Locale.getDefault()),
                            session.subject().username()),
                    MessageDialog.INFORMATION, 2, SetupMessages.next_template, SetupMessages.next_import,
                    SetupMessages.next_later);
            switch (next.open()) {
                case 0 -> ImportJurisdiction.saveTemplate(window);
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
