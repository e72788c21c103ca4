package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.jurisdiction.ImportJurisdiction;
import org.jiandu.ui.Session;

/** File → Save jurisdiction template…: the blank workbook a county fills in before importing it. */
public class SaveTemplateHandler {

    @CanExecute
    boolean canExecute(Session session) {
        return session.subject().role().actsForCounty();
    }

    @Execute
    void execute(Shell shell) {
        ImportJurisdiction.saveTemplate(shell);
    }
}
