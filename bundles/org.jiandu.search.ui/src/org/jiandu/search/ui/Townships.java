package org.jiandu.search.ui;

import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;

/**
 * The organisations case material belongs to, as the case form and indexing offer them: the county (its own
 * organs' cases) and its open townships (乡镇、街道), never villages; each county of a city-wide scope; a user
 * scoped to a township gets that one.
 */
final class Townships {

    private Townships() {
    }

    static List<OrgNodeView> of(OrgService orgs, Subject subject) {
        OrgNodeView root = orgs.root(subject);
        List<OrgNodeView> out = new ArrayList<>();
        if (root.level() == OrgLevel.CITY) { // a city-wide administrator: each county, then its townships
            orgs.children(subject, root.code()).stream().filter(o -> o.level() == OrgLevel.COUNTY && !o.closed())
                    .forEach(county -> addCounty(orgs, subject, county, out));
        } else if (root.level() == OrgLevel.COUNTY) {
            addCounty(orgs, subject, root, out);
        } else {
            out.add(root);
        }
        return out.isEmpty() ? List.of(root) : out;
    }

    private static void addCounty(OrgService orgs, Subject subject, OrgNodeView county, List<OrgNodeView> out) {
        out.add(county);
        orgs.children(subject, county.code()).stream().filter(o -> o.level() == OrgLevel.TOWNSHIP && !o.closed())
                .forEach(out::add);
    }
}
