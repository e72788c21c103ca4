package org.jiandu.patrol.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Patrol → Check plan with the independent checker; for users who see the plan. Declared on the module's parts in the
 * model fragment, so it acts on the active part and the command is disabled while another module's part is active.
 */
public class CheckPlanHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof PatrolPart patrol && patrol.plans();
    }

    @Execute
    void execute(MPart part) {
        ((PatrolPart) part.getObject()).checkPlan();
    }
}
