package org.jiandu.backup.internal;

import org.eclipse.osgi.util.NLS;

/** What backups, restores and their commands tell the user; Chinese in a Chinese locale. */
public final class BackupMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.backup.internal.backupMessages";

    public static String denied_backup;
    public static String backup_failed;
    public static String before_migration_failed;
    public static String before_migration_no_dir;
    public static String before_migration_note;
    public static String before_migration_progress;
    public static String before_migration_check;
    public static String no_backup;
    public static String no_manifest;
    public static String bad_manifest;
    public static String file_missing;
    public static String file_size;
    public static String file_hash;
    public static String file_extra;
    public static String damaged;
    public static String target_not_empty;
    public static String needs_key;
    public static String restore_failed;
    public static String db_unopenable;
    public static String audit_broken;
    public static String server_note;
    public static String server_no_dump;
    public static String cli_written;
    public static String cli_note;
    public static String cli_none;
    public static String cli_header;
    public static String cli_restored;
    public static String cli_restored_server;
    public static String cli_needs_backup;
    public static String cli_needs_data;
    public static String cli_damaged;
    public static String state_complete;
    public static String state_verified;
    public static String kind_manual;
    public static String kind_daily;
    public static String kind_before_update;
    public static String age_days;
    public static String age_hours;
    public static String age_minutes;
    public static String progress_backup;
    public static String progress_restore;

    static {
        NLS.initializeMessages(BUNDLE_NAME, BackupMessages.class);
    }

    private BackupMessages() {
    }
}
