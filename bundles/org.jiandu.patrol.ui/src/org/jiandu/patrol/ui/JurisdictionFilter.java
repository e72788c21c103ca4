package org.jiandu.patrol.ui;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;

/**
 * The part of the jurisdiction chosen in the shell's tree that the plan and the ledger narrow to: a township with its
 * villages, a village or a unit. The city, the county or nothing chosen is everything, as before.
 *
 * @param org   the chosen organisation, null for everything
 * @param codes the codes of the patrol targets it covers (its own, and its villages' for a township)
 */
record JurisdictionFilter(OrgNodeView org, Set<String> codes) {

    static final JurisdictionFilter ALL = new JurisdictionFilter(null, Set.of());

    JurisdictionFilter {
        codes = Set.copyOf(codes);
    }

    /** Reads a township's villages (a service call: run it off the UI thread). */
    static JurisdictionFilter of(OrgNodeView org, OrgService orgs, Subject subject) {
        if (org == null || org.level() == OrgLevel.CITY || org.level() == OrgLevel.COUNTY) {
            return ALL;
        }
        Set<String> codes = new HashSet<>();
        codes.add(org.code());
        if (org.level() == OrgLevel.TOWNSHIP) {
            orgs.children(subject, org.code()).forEach(c -> codes.add(c.code()));
        }
        return new JurisdictionFilter(org, codes);
    }

    boolean all() {
        return org == null;
    }

    boolean covers(String targetCode) {
        return org == null || codes.contains(targetCode);
    }

    /** Says what is shown, or "" for everything. */
    String label() {
        return org == null ? "" : NLS.bind(Messages.only_org, org.name());
    }
}
