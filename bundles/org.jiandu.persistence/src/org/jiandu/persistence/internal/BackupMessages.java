package org.jiandu.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** What the persistence bundle's backup parts tell the user (what was left out and why); Chinese in a Chinese locale. */
public final class BackupMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.persistence.internal.backupMessages";

    public static String no_pg_dump;
    public static String pg_dump_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, BackupMessages.class);
    }

    private BackupMessages() {
    }
}
