package org.jiandu.persistence.internal;

import org.eclipse.osgi.util.NLS;

/**
 * What the persistence bundle's backup parts tell the user (what was left out and why), and why a server's migration
 * stopped before its dump; Chinese in a Chinese locale.
 */
public final class BackupMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.persistence.internal.backupMessages";

    public static String no_pg_dump;
    public static String pg_dump_failed;
    public static String migrate_no_pg_dump;
    public static String migrate_pg_dump_failed;
    public static String migrate_failed_after_dump;
    public static String migrate_folder_shared;
    public static String migrate_not_a_folder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, BackupMessages.class);
    }

    private BackupMessages() {
    }
}
