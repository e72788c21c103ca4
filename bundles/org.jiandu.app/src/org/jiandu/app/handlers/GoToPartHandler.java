package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/**
 * Go → module list, jurisdiction, cadre list: brings the part forward and gives it the keyboard (its {@code @Focus}),
 * so that a user without a mouse reaches the shell's three parts from anywhere.
 */
public class GoToPartHandler {

    /** The command parameter naming the part to go to. */
    public static final String PART = "org.jiandu.app.commandparameter.part";

    @Execute
    void execute(EPartService parts, @Named(PART) String partId) {
        if (parts.findPart(partId) != null) {
            parts.showPart(partId, PartState.ACTIVATE);
        }
    }
}
