package org.jiandu.ui;

/**
 * The organisation chosen in the shell's jurisdiction tree, shared through the application context so that a
 * module screen can follow it ({@code @Optional @Named(SelectedOrg.KEY) OrgNodeView}) without knowing the shell.
 */
public final class SelectedOrg {

    /** Context key of the selected {@code org.jiandu.core.OrgNodeView}; absent until something is chosen. */
    public static final String KEY = "jiandu.selectedOrg";

    private SelectedOrg() {
    }
}
