package org.jiandu.search.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Search → Export (Ctrl+E): the selected hits of a search, or the result of a clearance check once there is one.
 * Declared on the module's parts in the model fragment, so it acts on the active part and the command is disabled
 * while another module's part is active.
 */
public class ExportHandler {

    @CanExecute
    boolean canExecute(MPart part) {
        return part.getObject() instanceof SearchPart || part.getObject() instanceof BatchSearchPart batch && batch.canExport();
    }

    @Execute
    void execute(MPart part) {
        switch (part.getObject()) {
            case SearchPart search -> search.exportSelected();
            case BatchSearchPart batch -> batch.export();
            default -> {
            }
        }
    }
}
