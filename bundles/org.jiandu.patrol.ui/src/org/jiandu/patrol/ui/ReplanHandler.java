package org.jiandu.patrol.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Patrol → Plan afresh; for the county only, as its button. Declared on the module's parts in the model fragment, so
 * it acts on the active part and the command is disabled while another module's part is active.
 */
public class ReplanHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof PatrolPart patrol && patrol.replans();
    }

    @Execute
    void execute(MPart part) {
        ((PatrolPart) part.getObject()).replan();
    }
}
