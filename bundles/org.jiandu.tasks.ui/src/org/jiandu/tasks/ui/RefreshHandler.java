package org.jiandu.tasks.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Tasks → Refresh (F5): reloads the tab in front. Declared on the module's part, so it acts only while it is active. */
public class RefreshHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof TasksPart;
    }

    @Execute
    void execute(MPart part) {
        ((TasksPart) part.getObject()).refresh();
    }
}
