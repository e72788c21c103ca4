package org.jiandu.app;

import org.eclipse.osgi.util.NLS;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.DatabaseException;

/** User-facing text for start-up failures: the reason in the user's language, with the path and the system's own words. */
public final class StartupErrors {
    private StartupErrors() {
    }

    public static String text(DataDirectoryException e) {
        return NLS.bind(Messages.of("err_dir_" + e.reason().name()), String.valueOf(e.path()),
                e.detail() == null ? "" : e.detail());
    }

    public static String text(DatabaseException e) {
        return NLS.bind(Messages.of("err_db_" + e.reason().name()), e.database(), e.detail() == null ? "" : e.detail());
    }
}
