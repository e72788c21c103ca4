package org.jiandu.cleanunit.ui;

import java.util.ArrayList;
import java.util.List;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.ui.NamePicker;

/**
 * What a user may declare as a kind, by name, from the jurisdiction in the user's scope: villages for 清廉村居, the
 * county-level units of the matching kind for the others, cadres (their families) for 清廉家庭. The service still
 * checks each declaration.
 */
final class DeclareChoices {

    private static final int MAX_CADRES = 5000;

    private DeclareChoices() {
    }

    static List<NamePicker.Choice> of(OrgService orgs, Subject subject, CleanUnitKind kind) {
        List<NamePicker.Choice> out = new ArrayList<>();
        OrgNodeView root = orgs.root(subject);
        if (kind == CleanUnitKind.FAMILY) {
            for (CadreView c : orgs.cadres(subject, root.code(), MAX_CADRES)) {
                out.add(new NamePicker.Choice(c.code(), c.name(), c.orgName()));
            }
            return out;
        }
        walk(orgs, subject, root, null, kind, out);
        return out;
    }

    private static void walk(OrgService orgs, Subject subject, OrgNodeView node, String township, CleanUnitKind kind,
            List<NamePicker.Choice> out) {
        if (node.closed()) {
            return;
        }
        if (fits(node, kind)) {
            out.add(new NamePicker.Choice(node.code(), node.name(), township));
        }
        if (node.level() == OrgLevel.VILLAGE || node.level() == OrgLevel.UNIT) {
            return;
        }
        String under = node.level() == OrgLevel.TOWNSHIP ? node.name() : township;
        for (OrgNodeView child : orgs.children(subject, node.code())) {
            walk(orgs, subject, child, under, kind, out);
        }
    }

    private static boolean fits(OrgNodeView n, CleanUnitKind kind) {
        if (kind == CleanUnitKind.VILLAGE) {
            return n.level() == OrgLevel.VILLAGE;
        }
        return n.level() == OrgLevel.UNIT && n.unitKind() != null && CleanUnitKind.of(n.unitKind()) == kind;
    }
}
