package org.jiandu.training.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Training → New session (Ctrl+N); only for roles that may plan, as its button. Declared on the module's parts in the
 * model fragment, so it acts on the active part and the command is disabled while another module's part is active.
 */
public class NewSessionHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof TrainingPart training && training.canPlan();
    }

    @Execute
    void execute(MPart part) {
        ((TrainingPart) part.getObject()).newSession();
    }
}
