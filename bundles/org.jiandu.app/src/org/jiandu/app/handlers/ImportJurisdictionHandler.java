package org.jiandu.app.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.jurisdiction.ImportJurisdiction;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.ui.Session;

/** File → Import jurisdiction…: the county's workbook, checked, its difference shown, applied on request. */
public class ImportJurisdictionHandler {

    @CanExecute
    boolean canExecute(Session session) {
        return session.subject().role().actsForCounty();
    }

    @Execute
    void execute(Shell shell, Session session, JurisdictionService service, IEventBroker events) {
        Path file = ImportJurisdiction.choose(shell);
        if (file != null) {
            ImportJurisdiction.run(shell, session, service, events, file);
        }
    }
}
