package org.jiandu.core.security;

import org.eclipse.osgi.util.NLS;

/** User-facing messages of logins, accounts and the password policy; zh_CN in a Chinese locale. */
public final class SecurityMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.core.security.securityMessages";

    public static String bad_name;
    public static String reserved_name;
    public static String change_required;
    public static String denied_manage;
    public static String denied_scope;
    public static String denied_self_disable;
    public static String denied_self_role;
    public static String denied_outside;
    public static String denied_change;
    public static String denied_cadres;
    public static String denied_users;
    public static String denied_audit;
    public static String denied_database;
    public static String denied_scope_gone;
    public static String locked;
    public static String no_org;
    public static String no_user;
    public static String policy_common;
    public static String policy_demo;
    public static String policy_name;
    public static String policy_repeated;
    public static String policy_same;
    public static String policy_short;
    public static String throttled;
    public static String user_exists;
    public static String wrong_login;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SecurityMessages.class);
    }

    private SecurityMessages() {
    }
}
