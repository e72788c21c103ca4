package org.jiandu.ui;

import org.jiandu.core.security.Subject;

/**
 * A module installed in this build, registered as an OSGi service by the module's UI bundle. The workbench's
 * module navigator lists exactly these, so a county build without a module shows no trace of it.
 */
public interface WorkbenchModule {

    /** Stable id, e.g. {@code search}. */
    String id();

    /** Label in the current locale. */
    String label();

    /** Id of the e4 part (from the module's model fragment) that opens when the module is chosen. */
    String partId();

    /** platform:/plugin/... URI of a 16px icon, or null. */
    default String iconUri() {
        return null;
    }

    /**
     * Whether the logged-in user's role may use this module at all. A module a role may not use is not listed, its
     * part is not shown and its menu ({@link #menuId}) is hidden: a role sees the modules it may use.
     */
    default boolean availableTo(Subject subject) {
        return true;
    }

    /** Element id of the module's menu in its model fragment, hidden with the module; null when it has none. */
    default String menuId() {
        return null;
    }

    /** Position in the navigator, smaller first. */
    default int order() {
        return 100;
    }
}
