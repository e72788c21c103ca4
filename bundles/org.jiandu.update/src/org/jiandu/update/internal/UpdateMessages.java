package org.jiandu.update.internal;

import org.eclipse.osgi.util.NLS;

/** What updates and their commands tell the user; Chinese in a Chinese locale. */
public final class UpdateMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.update.internal.updateMessages";

    public static String denied;
    public static String not_p2;
    public static String not_writable;
    public static String needs_data;
    public static String no_such_repository;
    public static String no_repository;
    public static String not_secure;
    public static String up_to_date;
    public static String cannot_resolve;
    public static String failed;
    public static String untrusted;
    public static String unsigned;
    public static String foreign_key;
    public static String foreign_certificate;
    public static String more_refused;
    public static String no_keys;
    public static String bad_keys;
    public static String metadata_unsigned;
    public static String metadata_untrusted;
    public static String metadata_too_large;
    public static String already_installed;
    public static String not_installed;
    public static String not_in_repository;
    public static String older_module;
    public static String not_a_module;
    public static String no_location;
    public static String progress_update;
    public static String cli_version;
    public static String cli_modules;
    public static String cli_module;
    public static String cli_none;
    public static String cli_newer;
    public static String cli_current;
    public static String cli_addable;
    public static String cli_updated;
    public static String cli_added;
    public static String cli_removed;
    public static String cli_backup;
    public static String cli_next_start;
    public static String cli_location_set;
    public static String cli_location;
    public static String cli_needs_location;
    public static String cli_needs_module;
    public static String cli_unknown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, UpdateMessages.class);
    }

    private UpdateMessages() {
    }
}
