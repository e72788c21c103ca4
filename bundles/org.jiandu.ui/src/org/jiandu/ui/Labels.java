package org.jiandu.ui;

import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.security.Role;

/** Localised names of the core's domain enums, as the shell and the module screens show them. */
public final class Labels {
    private Labels() {
    }

    public static String of(OrgLevel l) {
        return Messages.of("level_" + l.name());
    }

    public static String of(Rank r) {
        return Messages.of("rank_" + r.name());
    }

    public static String of(CadreRole r) {
        return Messages.of("role_" + r.name());
    }

    public static String of(UnitKind k) {
        return Messages.of("unitkind_" + k.name());
    }

    public static String of(Role r) {
        return Messages.of("role_" + r.name());
    }
}
