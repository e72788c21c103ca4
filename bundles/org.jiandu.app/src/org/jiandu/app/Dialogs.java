package org.jiandu.app;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.DatabaseException;

/** Message dialogs with our own (translated) button labels, and user-facing text for start-up failures. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, Messages.ok).open();
    }

    public static void info(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.INFORMATION, 0, Messages.ok).open();
    }

    /** The reason in the user's language, with the path and the system's own words. */
    public static String text(DataDirectoryException e) {
        return NLS.bind(Messages.of("err_dir_" + e.reason().name()), String.valueOf(e.path()),
                e.detail() == null ? "" : e.detail());
    }

    public static String text(DatabaseException e) {
        return NLS.bind(Messages.of("err_db_" + e.reason().name()), e.database(), e.detail() == null ? "" : e.detail());
    }
}
