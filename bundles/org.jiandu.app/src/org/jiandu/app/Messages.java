package org.jiandu.app;

import org.eclipse.osgi.util.NLS;

/** UI text of the workbench core; Chinese in a Chinese locale, English otherwise. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.app.messages";

    public static String app_name;
    public static String failure_title;
    public static String keys_title;
    public static String status_dir;
    public static String jhist_on;
    public static String jhist_kind;
    public static String jhist_by;
    public static String jhist_recorded;
    public static String jhist_new;
    public static String jhist_changed;
    public static String jhist_closed;
    public static String jhist_reopened;
    public static String guide_title;
    public static String keys_module;
    public static String keys_action;
    public static String keys_key;
    public static String jur_with_villages;
    public static String jur_with_below;
    public static String jur_line;
    public static String window_title;
    public static String login_title;
    public static String login_user;
    public static String login_password;
    public static String login_ok;
    public static String login_cancel;
    public static String login_wrong;
    public static String login_hint;
    public static String opening_title;
    public static String opening_database;
    public static String opening_demo;
    public static String error_title;
    public static String error_datadir;
    public static String error_database;
    public static String error_other;
    public static String nav_none;
    public static String nav_hint;
    public static String jur_filter;
    public static String jur_details;
    public static String jur_code;
    public static String jur_level;
    public static String jur_posts;
    public static String jur_filled;
    public static String jur_vacancies;
    public static String jur_seconded;
    public static String jur_townships;
    public static String jur_villages;
    public static String jur_units;
    public static String jur_cadres;
    public static String jur_no_match;
    public static String cadres_code;
    public static String cadres_name;
    public static String cadres_org;
    public static String cadres_rank;
    public static String cadres_role;
    public static String cadres_since;
    public static String cadres_seconded;
    public static String cadres_count;
    public static String yes;
    public static String status_user;
    public static String status_county;
    public static String status_data;
    public static String about_title;
    public static String about_text;
    public static String about_no_modules;
    public static String prefs_title;
    public static String prefs_database;
    public static String prefs_db_url;
    public static String prefs_db_user;
    public static String prefs_language;
    public static String prefs_lang_system;
    public static String prefs_restart;
    public static String prefs_admin_only;
    public static String prefs_invalid;

    public static String ok;
    public static String cancel;
    public static String err_dir_IN_USE;
    public static String err_dir_CANNOT_CREATE;
    public static String err_dir_CANNOT_LOCK;
    public static String err_dir_CANNOT_READ_SETTINGS;
    public static String err_dir_CANNOT_WRITE_SETTINGS;
    public static String err_db_IN_USE;
    public static String err_db_DAMAGED;
    public static String err_db_REFUSED_LOGIN;
    public static String err_db_UNREACHABLE;
    public static String err_db_MIGRATION;
    public static String err_db_BAD_URL;
    public static String err_db_SCHEMA_BEHIND;
    public static String err_db_NO_KEY;
    public static String err_db_OTHER;
    public static String pw_title;
    public static String pw_user;
    public static String pw_old;
    public static String pw_new;
    public static String pw_again;
    public static String pw_rules;
    public static String pw_must_change;
    public static String pw_mismatch;
    public static String pw_changed;
    public static String pw_ok;
    public static String users_title;
    public static String users_name;
    public static String users_display;
    public static String users_role;
    public static String users_scope;
    public static String users_status;
    public static String users_last_login;
    public static String users_never;
    public static String users_add;
    public static String users_reset;
    public static String users_disable;
    public static String users_enable;
    public static String users_change;
    public static String users_unlock;
    public static String users_close;
    public static String users_status_active;
    public static String users_status_disabled;
    public static String users_status_locked;
    public static String users_status_must_change;
    public static String users_status_sep;
    public static String users_add_title;
    public static String users_change_title;
    public static String users_scope_code;
    public static String users_scope_hint;
    public static String users_otp_title;
    public static String users_otp_text;
    public static String users_reset_confirm;
    public static String users_disable_confirm;
    public static String users_refused;

    public static String jimp_title;
    public static String jtpl_title;
    public static String jtpl_written;
    public static String jtpl_failed;
    public static String jimp_choose;
    public static String jimp_checking;
    public static String jimp_applying;
    public static String jimp_problems;
    public static String jimp_summary;
    public static String jimp_nothing;
    public static String jimp_applied;
    public static String jimp_apply;
    public static String jimp_close;
    public static String jimp_new;
    public static String jimp_changed;
    public static String jimp_closed;
    public static String jimp_reopened;
    public static String jimp_sheet;
    public static String jimp_row;
    public static String jimp_column;
    public static String jimp_reason;
    public static String jimp_subject;
    public static String jimp_code;
    public static String jimp_name;
    public static String jimp_field;
    public static String jimp_old;
    public static String jimp_new_value;
    public static String jimp_node;
    public static String jimp_cadre;
    public static String jedit_add;
    public static String jedit_rename;
    public static String jedit_move;
    public static String jedit_close;
    public static String jedit_reopen;
    public static String jedit_history;
    public static String jedit_code;
    public static String jedit_name;
    public static String jedit_kind;
    public static String jedit_township_kind;
    public static String jedit_township;
    public static String jedit_date;
    public static String jedit_close_confirm;
    public static String jedit_failed;
    public static String jedit_hire;
    public static String jedit_transfer;
    public static String jedit_second;
    public static String jedit_return;
    public static String jedit_leave;
    public static String jedit_org;
    public static String jedit_rank;
    public static String jedit_role;
    public static String jedit_destination;
    public static String jedit_reason;
    public static String jedit_bad_date;
    public static String jedit_no_history;
    public static String jur_closed;
    public static String cadres_state;
    public static String cadres_left;

    public static String jfield_name;
    public static String jfield_parent;
    public static String jfield_kind;
    public static String jfield_org;
    public static String jfield_rank;
    public static String jfield_role;
    public static String jfield_since;
    public static String jfield_post;
    public static String jfield_secondment;
    public static String jfield_posts;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** Text of a key built at run time (enum names); the key itself when missing. */
    public static String of(String key) {
        try {
            Object v = Messages.class.getField(key).get(null);
            return v == null ? key : v.toString();
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }
}
