package org.jiandu.tasks.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Tasks → Export the ranking (Ctrl+E): the period shown on the ranking tab, as XLSX or PDF. */
public class ExportHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof TasksPart;
    }

    @Execute
    void execute(MPart part) {
        ((TasksPart) part.getObject()).export();
    }
}
