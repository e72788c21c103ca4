package org.jiandu.search.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Search → Find in the archive (Ctrl+F, from any screen): brings the search screen forward with the keyboard in its
 * query field. Not available to a role whose search screen the shell does not render.
 */
public class FindHandler {

    static final String PART = "org.jiandu.search.ui.part.search";

    @CanExecute
    boolean canExecute(EPartService parts) {
        MPart part = parts.findPart(PART);
        return part != null && part.isToBeRendered();
    }

    @Execute
    void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
