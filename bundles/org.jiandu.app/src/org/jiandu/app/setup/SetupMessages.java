package org.jiandu.app.setup;

import org.eclipse.osgi.util.NLS;

/** Text of the first-start setup; Chinese in a Chinese locale, English otherwise. */
public final class SetupMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.app.setup.setupMessages";

    public static String title;
    public static String intro;
    public static String county;
    public static String county_fixed;
    public static String database;
    public static String db_embedded;
    public static String db_encrypt;
    public static String db_server;
    public static String db_url;
    public static String db_user;
    public static String db_password;
    public static String db_test;
    public static String db_ok;
    public static String admin;
    public static String admin_name;
    public static String admin_display;
    public static String admin_password;
    public static String admin_again;
    public static String admin_rules;
    public static String begin;
    public static String begin_import;
    public static String begin_demo;
    public static String demo_note;
    public static String finish;
    public static String cancel;
    public static String err_url;
    public static String err_differ;
    public static String err_database;
    public static String working_setup;
    public static String working_demo;
    public static String failed_title;
    public static String failed;
    public static String demo_marker;
    public static String demo_status;
    public static String next_title;
    public static String next_text;
    public static String next_template;
    public static String next_import;
    public static String next_later;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SetupMessages.class);
    }

    private SetupMessages() {
    }
}
