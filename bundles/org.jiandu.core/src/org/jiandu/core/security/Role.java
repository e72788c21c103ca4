package org.jiandu.core.security;

import java.util.Locale;

/** Application roles. What a role may do is decided here, in one place, so every module asks the same question. */
public enum Role {
    ADMINISTRATOR, COUNTY_COMMISSION, TOWNSHIP_COMMISSION, TRAINER, INVESTIGATOR, READ_ONLY;

    /** May change records of the jurisdiction (cadres, posts, module data) inside the user's scope. */
    public boolean canEdit() {
        return this != READ_ONLY && this != INVESTIGATOR;
    }

    /**
     * May change cadre records (name, rank, discipline role) inside the user's scope: the commissions and the
     * administrator; a trainer, an investigator and a read-only user only read them.
     */
    public boolean canEditCadres() {
        return this == ADMINISTRATOR || this == COUNTY_COMMISSION || this == TOWNSHIP_COMMISSION;
    }

    /** May read case materials (案件材料) inside the user's scope. */
    public boolean canReadCaseMaterial() {
        return this == ADMINISTRATOR || this == COUNTY_COMMISSION || this == INVESTIGATOR || this == TOWNSHIP_COMMISSION;
    }

    /** Takes the county commission's own decisions (plans, rules, standards, reviews): the commission and the administrator. */
    public boolean actsForCounty() {
        return this == ADMINISTRATOR || this == COUNTY_COMMISSION;
    }

    public boolean canManageUsers() {
        return this == ADMINISTRATOR;
    }

    public static Role parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role r : values()) {
            if (r.name().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "'; one of: administrator, county_commission, "
                + "township_commission, trainer, investigator, read_only");
    }
}
