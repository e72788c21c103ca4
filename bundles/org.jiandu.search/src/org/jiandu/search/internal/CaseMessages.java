package org.jiandu.search.internal;

import org.eclipse.osgi.util.NLS;

/** Validation and import messages of the cases service, in the default locale (zh_CN in a Chinese one). */
public final class CaseMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.search.internal.caseMessages";

    public static String exists;
    public static String no_case_in_scope;
    public static String sheet_empty;
    public static String missing_columns;
    public static String unknown_rank;
    public static String unknown_form;
    public static String unknown_status;
    public static String no_org;
    public static String twice;
    public static String number_not_allowed;
    public static String needs_number;
    public static String bad_number;
    public static String needs_subject;
    public static String too_long;
    public static String needs_rank;
    public static String needs_org;
    public static String needs_category;
    public static String needs_status;
    public static String future;
    public static String before_filed;
    public static String closed_only;
    public static String needs_closed;
    public static String not_date;
    public static String stale;
    public static String denied_read;
    public static String denied_change;
    public static String columns;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CaseMessages.class);
    }

    private CaseMessages() {
    }
}
