package org.jiandu.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Message dialogs with our own (translated) button labels, for the shell and the module screens alike. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, Messages.ok).open();
    }

    /**
     * Asks before an irreversible step: {@code message} says what will happen; the default button is Cancel, so Enter
     * does not take the step by accident. True when the user chose {@code action} (the step's own name, e.g. 销号).
     */
    public static boolean confirm(Shell shell, String title, String message, String action) {
        return new MessageDialog(shell, title, null, message, MessageDialog.CONFIRM, 1, action, Messages.cancel).open() == 0;
    }

    public static void info(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.INFORMATION, 0, Messages.ok).open();
    }
}
