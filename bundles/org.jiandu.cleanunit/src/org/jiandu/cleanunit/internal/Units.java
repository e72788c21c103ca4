package org.jiandu.cleanunit.internal;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;

/** Finds the {@link Unit} a code names in the jurisdiction, and checks that it may create the kind. */
final class Units {

    private final OrgService orgs;

    Units(OrgService orgs) {
        this.orgs = orgs;
    }

    Unit resolve(Subject subject, String unitCode, CleanUnitKind kind) {
        String code = unitCode == null ? "" : unitCode.strip();
        if (kind == CleanUnitKind.FAMILY) {
            String cadreCode = code.startsWith(Unit.FAMILY_PREFIX) ? code.substring(Unit.FAMILY_PREFIX.length()) : code;
            CadreView c = orgs.cadre(subject, cadreCode).orElseThrow(() -> new IllegalArgumentException(CuMessages.bind(
                    CuMessages.no_unit, unitCode)));
            String[] group = group(subject, c.orgPath(), OrgLevel.VILLAGE);
            return new Unit(Unit.FAMILY_PREFIX + c.code(), c.name() + Unit.FAMILY_SUFFIX, group[0], group[1], c.orgPath());
        }
        OrgNodeView n = orgs.find(subject, code).filter(o -> subject.covers(o.path())).orElseThrow(() -> new IllegalArgumentException(
                CuMessages.bind(CuMessages.no_unit, unitCode)));
        if (n.closed()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.unit_closed, n.name(), n.closedOn()));
        }
        // a village declares 村居; a county-level unit the kind of its UnitKind; a township may be a 清廉机关
        boolean fits = kind == CleanUnitKind.VILLAGE ? n.level() == OrgLevel.VILLAGE
                : (kind == CleanUnitKind.AGENCY && n.level() == OrgLevel.TOWNSHIP)
                        || (n.unitKind() != null && CleanUnitKind.of(n.unitKind()) == kind);
        if (!fits) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.wrong_kind, n.name(), n.unitKind() != null ? n.unitKind()
                    : n.level(), kind.label()));
        }
        String[] group = group(subject, n.path(), n.level());
        return new Unit(n.code(), n.name(), group[0], group[1], n.path());
    }

    /** Township code and name for a path below a township; the county's own units for a path directly below a county. */
    private String[] group(Subject subject, String path, OrgLevel level) {
        String[] seg = path.substring(1).split("/");
        // /city/county/township/village/: a township is the third segment
        if (seg.length >= 3 && level != OrgLevel.UNIT) {
            OrgNodeView t = orgs.find(Subject.system(subject.scopePath()), seg[2]).orElse(null);
            if (t != null && t.level() == OrgLevel.TOWNSHIP) {
                return new String[] { t.code(), t.name() };
            }
        }
        String county = seg.length >= 2 ? seg[1] : seg[0];
        String name = orgs.find(Subject.system("/"), county).map(OrgNodeView::name).orElse(county);
        return new String[] { county, name + Unit.COUNTY_UNITS };
    }
}
