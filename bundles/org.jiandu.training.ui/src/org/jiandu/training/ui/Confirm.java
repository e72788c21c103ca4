package org.jiandu.training.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before a step that cannot be undone on the screen, saying what will happen; the buttons carry the step's own
 * name and the workbench's translated Cancel (Escape), so nothing in the dialog is in another language.
 */
final class Confirm {

    private Confirm() {
    }

    /** True when the user chose {@code action}; Cancel is the default, so Enter does not take the step by accident. */
    static boolean ask(Shell shell, String action, String whatHappens) {
        String title = SessionsTab.title(action);
        return new MessageDialog(shell, title, null, whatHappens, MessageDialog.QUESTION, 1, title,
                org.jiandu.ui.Messages.cancel).open() == 0;
    }
}
