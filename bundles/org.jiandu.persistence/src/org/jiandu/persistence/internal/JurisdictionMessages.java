package org.jiandu.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the jurisdiction import and hand edits (problems and refusals); Chinese in a Chinese locale. */
public final class JurisdictionMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.persistence.internal.jurisdictionMessages";

    public static String already_closed;
    public static String already_seconded;
    public static String bad_code;
    public static String bad_count;
    public static String bad_date;
    public static String bad_level;
    public static String cadre_left;
    public static String code_exists;
    public static String code_taken;
    public static String county_only;
    public static String date_before;
    public static String duplicate_cadre;
    public static String duplicate_code;
    public static String duplicate_post;
    public static String end_before_start;
    public static String missing_header;
    public static String missing_sheet;
    public static String no_cadre;
    public static String no_county;
    public static String no_node;
    public static String no_org;
    public static String no_post;
    public static String no_township;
    public static String not_closed;
    public static String not_movable;
    public static String not_seconded;
    public static String open_children;
    public static String other_level;
    public static String outside_scope;
    public static String over_filled;
    public static String parent_closed;
    public static String post_not_township;
    public static String required;
    public static String same_org;
    public static String same_parent;
    public static String too_long;
    public static String too_many_rows;
    public static String unknown_kind;
    public static String unknown_rank;
    public static String unknown_role;

    static {
        NLS.initializeMessages(BUNDLE_NAME, JurisdictionMessages.class);
    }

    private JurisdictionMessages() {
    }
}
