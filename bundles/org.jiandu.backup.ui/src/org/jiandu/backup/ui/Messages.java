package org.jiandu.backup.ui;

import org.eclipse.osgi.util.NLS;

/** The backup screens' text (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

    public static String daily_job;
    public static String daily_failed;
    public static String cancelled;
    public static String running;
    public static String cancel;
    public static String never;
    public static String last;
    public static String last_stale;
    public static String status_tip;
    public static String backup_job;
    public static String backup_title;
    public static String backup_done;
    public static String busy;
    public static String restore_title;
    public static String restore_intro;
    public static String restore_backup;
    public static String restore_other;
    public static String restore_target;
    public static String restore_choose;
    public static String restore_key;
    public static String restore_key_hint;
    public static String restore_choose_key;
    public static String restore_ok;
    public static String restore_no_backup;
    public static String restore_no_target;
    public static String restore_in_use;
    public static String restore_job;
    public static String restore_done;
    public static String restore_item;
    public static String kind_daily;
    public static String kind_before_update;
    public static String kind_manual;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
