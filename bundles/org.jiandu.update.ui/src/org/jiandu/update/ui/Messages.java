package org.jiandu.update.ui;

import org.eclipse.osgi.util.NLS;

/** What Help → Updates and modules says; Chinese in a Chinese locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.update.ui.messages";

    public static String title;
    public static String installed;
    public static String repository;
    public static String browse;
    public static String check;
    public static String checking;
    public static String no_location;
    public static String newer;
    public static String current;
    public static String update_to;
    public static String no_update;
    public static String modules;
    public static String remember;
    public static String apply;
    public static String nothing;
    public static String needs_check;
    public static String job;
    public static String done;
    public static String done_version;
    public static String done_added;
    public static String done_removed;
    public static String close;
    public static String done_restart;
    public static String restart;
    public static String busy;
    public static String summary_separator;

    public static String module_named;
    public static String list_separator;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
