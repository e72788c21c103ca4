package org.jiandu.tasks.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Tasks → Issue a list from a sheet (Ctrl+I): for the county commission, as the button on the lists tab. */
public class IssueHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof TasksPart tasks && tasks.issues();
    }

    @Execute
    void execute(MPart part) {
        ((TasksPart) part.getObject()).issue();
    }
}
