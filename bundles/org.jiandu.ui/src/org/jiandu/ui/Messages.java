package org.jiandu.ui;

import org.eclipse.osgi.util.NLS;

/** Text of the shared UI pieces; Chinese in a Chinese locale, English otherwise. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.ui.messages";

    public static String level_CITY;
    public static String level_COUNTY;
    public static String level_TOWNSHIP;
    public static String level_VILLAGE;
    public static String level_UNIT;
    public static String rank_DIVISION;
    public static String rank_SECTION;
    public static String rank_STAFF;
    public static String rank_VILLAGE;
    public static String role_TOWNSHIP_SECRETARY;
    public static String role_FULL_TIME_CADRE;
    public static String role_VILLAGE_SUPERVISION_DIRECTOR;
    public static String role_INTEGRITY_SUPERVISOR;
    public static String role_STATIONED_GROUP_MEMBER;
    public static String role_ADMINISTRATOR;
    public static String role_COUNTY_COMMISSION;
    public static String role_TOWNSHIP_COMMISSION;
    public static String role_TRAINER;
    public static String role_INVESTIGATOR;
    public static String role_READ_ONLY;
    public static String ok;
    public static String cancel;
    public static String unitkind_DEPARTMENT;
    public static String unitkind_ENTERPRISE;
    public static String unitkind_SCHOOL;
    public static String unitkind_HOSPITAL;
    public static String failure_refused;
    public static String failure_internal;
    public static String table_export;
    public static String table_fit;
    public static String table_defaultTitle;
    public static String table_exported;
    public static String table_cannotExport;
    public static String date_hint;
    public static String date_tip;
    public static String date_pick;
    public static String date_unreadable;
    public static String date_noSuchDay;
    public static String people_system;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** Text of a key built at run time (enum names); the key itself when missing. */
    static String of(String key) {
        try {
            Object v = Messages.class.getField(key).get(null);
            return v == null ? key : v.toString();
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }
}
