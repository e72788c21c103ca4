package org.jiandu.app.audit;

import org.eclipse.osgi.util.NLS;

/** Text of Administration → Audit log; Chinese in a Chinese locale, English otherwise. */
public final class AuditMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.app.audit.auditMessages";

    public static String title;
    public static String person;
    public static String actor;
    public static String action;
    public static String action_any;
    public static String target;
    public static String since;
    public static String until;
    public static String show;
    public static String verify;
    public static String close;
    public static String col_seq;
    public static String col_at;
    public static String col_actor;
    public static String col_action;
    public static String col_target;
    public static String col_detail;
    public static String shown;
    public static String shown_more;
    public static String intact;
    public static String broken;
    public static String action_change;
    public static String action_read;
    public static String action_export;
    public static String action_login;
    public static String action_login_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AuditMessages.class);
    }

    private AuditMessages() {
    }
}
