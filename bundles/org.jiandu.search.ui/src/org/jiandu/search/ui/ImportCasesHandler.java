package org.jiandu.search.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Search → Import cases (Ctrl+I) in the cases part; only for roles that may edit cases, as its button. Declared on
 * the module's parts in the model fragment, so it acts on the active part and the command is disabled while another
 * module's part is active.
 */
public class ImportCasesHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof CasesPart cases && cases.canEdit();
    }

    @Execute
    void execute(MPart part) {
        ((CasesPart) part.getObject()).importFile();
    }
}
