package org.jiandu.search.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Search → Refresh (F5): runs the search again, or lists the cases again, in whichever of the two parts is active.
 * Declared on the module's parts in the model fragment, so it acts on the active part and the command is disabled
 * while another module's part is active.
 */
public class RefreshHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof SearchPart || part.getObject() instanceof CasesPart;
    }

    @Execute
    void execute(MPart part) {
        switch (part.getObject()) {
            case SearchPart search -> search.runSearch();
            case CasesPart cases -> cases.refresh();
            default -> {
            }
        }
    }
}
