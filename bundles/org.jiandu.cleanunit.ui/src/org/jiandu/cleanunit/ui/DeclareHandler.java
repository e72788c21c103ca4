package org.jiandu.cleanunit.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Clean units → Declare (Ctrl+N); the service checks scope, role and rules, as for the button. Declared on the
 * module's parts in the model fragment, so it acts on the active part and the command is disabled while another
 * module's part is active.
 */
public class DeclareHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof CleanUnitPart;
    }

    @Execute
    void execute(MPart part) {
        ((CleanUnitPart) part.getObject()).declare();
    }
}
