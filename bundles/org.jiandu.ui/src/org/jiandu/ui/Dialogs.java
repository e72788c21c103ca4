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

    public static void info(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.INFORMATION, 0, Messages.ok).open();
    }
}
