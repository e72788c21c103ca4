package org.jiandu.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.jurisdiction.Change;
import org.jiandu.core.jurisdiction.HistoryEntry;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.jurisdiction.JurisdictionWorkbook;
import org.jiandu.core.jurisdiction.Problem;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgChange;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.Secondment;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = JurisdictionService.class)
public class JpaJurisdictionService implements JurisdictionService {

    @Reference
    Database db;

    @Override
    public JurisdictionCheck importWorkbook(Subject subject, String countyCode, Path workbook, boolean apply)
            throws IOException {
        db.read(em -> county(em, subject, countyCode)); // refuse before reading an untrusted file
        List<XlsxReader.Sheet> sheets = XlsxReader.read(workbook);
        Function<EntityManager, JurisdictionCheck> work = em -> {
            JurisdictionState st = new JurisdictionState(em, county(em, subject, countyCode));
            List<Problem> problems = new ArrayList<>();
            JurisdictionReader.Workbook wb = JurisdictionReader.read(sheets, st, problems);
            if (!problems.isEmpty()) {
                return new JurisdictionCheck(wb.rows, problems, List.of(), false);
            }
            List<Change> changes = JurisdictionDifference.of(wb, st);
            if (apply && !changes.isEmpty()) {
                new JurisdictionApplier(em, st, subject.username(), LocalDate.now()).apply(wb, changes);
                return new JurisdictionCheck(wb.rows, List.of(), changes, true);
            }
            return new JurisdictionCheck(wb.rows, List.of(), changes, false);
        };
        return apply ? db.tx(work) : db.read(work);
    }

    /** The county, after checking the subject may change its jurisdiction. */
    private static OrgNode county(EntityManager em, Subject subject, String code) {
        if (!subject.role().actsForCounty()) {
            throw new AccessDeniedException(JurisdictionMessages.county_only);
        }
        OrgNode c = em.createQuery("select o from County o where o.code = :c", OrgNode.class).setParameter("c", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_county, code)));
        if (!subject.covers(c.getPath())) {
            throw new AccessDeniedException(NLS.bind(JurisdictionMessages.outside_scope, c.getName(), subject.scopeName()));
        }
        return c;
    }

    /** Runs a hand edit in one transaction on the state of the county the node lies in. */
    private <T> T edit(Subject subject, String code, boolean cadre, EditWork<T> work) {
        if (!subject.role().actsForCounty()) {
            throw new AccessDeniedException(JurisdictionMessages.county_only);
        }
        return db.tx(em -> {
            String path;
            if (cadre) {
                Cadre c = em.createQuery("select c from Cadre c where c.code = :c", Cadre.class).setParameter("c", code)
                        .getResultStream().findFirst().filter(x -> subject.covers(x.getOrg().getPath()))
                        .orElseThrow(() -> new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_cadre, code)));
                path = c.getOrg().getPath();
            } else {
                OrgNode n = em.createQuery("select o from OrgNode o where o.code = :c", OrgNode.class).setParameter("c", code)
                        .getResultStream().findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_node, code)));
                if (!subject.covers(n.getPath())) {
                    throw new AccessDeniedException(NLS.bind(JurisdictionMessages.outside_scope, n.getName(), subject.scopeName()));
                }
                path = n.getPath();
            }
            String[] seg = path.split("/");
            if (seg.length < 3) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_node, code));
            }
            OrgNode county = county(em, subject, seg[2]);
            JurisdictionState st = new JurisdictionState(em, county);
            return work.run(st, new JurisdictionApplier(em, st, subject.username(), LocalDate.now()));
        });
    }

    private interface EditWork<T> {
        T run(JurisdictionState st, JurisdictionApplier applier);
    }

    private static OrgNode below(JurisdictionState st, String code) {
        OrgNode n = st.nodes.get(code);
        if (n == null || n == st.county) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_node, code));
        }
        return n;
    }

    private static Cadre cadre(JurisdictionState st, String code) {
        Cadre c = st.cadres.get(code);
        if (c == null) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_cadre, code));
        }
        return c;
    }

    private static String name(String name, int max) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(JurisdictionMessages.required);
        }
        if (name.strip().length() > max) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.too_long, max));
        }
        return name.strip();
    }

    private static void checkNewCode(JurisdictionState st, String code) {
        if (!JurisdictionWorkbook.wellFormedCode(code)) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.bad_code, code));
        }
        String foreign = st.foreignNodes.get(code);
        OrgNode own = st.nodes.get(code);
        if (foreign != null || own != null) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.code_exists, code,
                    foreign != null ? foreign : own.getName()));
        }
    }

    private static Change change(SubjectKind s, String code, String name, ChangeKind kind, String field, String from, String to) {
        return new Change(s, code, name, kind, field, from, to);
    }

    @Override
    public Change addNode(Subject subject, OrgLevel level, String code, String name, String parentCode, UnitKind kind) {
        String n = name(name, 128);
        return edit(subject, parentCode, false, (st, ap) -> {
            checkNewCode(st, code);
            OrgNode parent = st.nodes.get(parentCode);
            OrgLevel expected = level == OrgLevel.VILLAGE ? OrgLevel.TOWNSHIP : OrgLevel.COUNTY;
            if (parent == null || parent.getLevel() != expected || level == OrgLevel.CITY || level == OrgLevel.COUNTY) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.bad_level,
                        new Object[] { level, parent == null ? parentCode : parent.getName(), parentCode }));
            }
            if (parent.isClosed()) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.parent_closed, parent.getName()));
            }
            if (level == OrgLevel.UNIT && kind == null) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.unknown_kind, ""));
            }
            ap.addNode(level, code, n, parent, level == OrgLevel.UNIT ? kind : null);
            return change(SubjectKind.NODE, code, n, ChangeKind.NEW, level.name(), null, parentCode);
        });
    }

    @Override
    public Change renameNode(Subject subject, String code, String name) {
        String n = name(name, 128);
        return edit(subject, code, false, (st, ap) -> {
            OrgNode node = below(st, code);
            String old = node.getName();
            ap.rename(node, n);
            return change(SubjectKind.NODE, code, n, ChangeKind.CHANGED, JurisdictionDifference.NAME, old, n);
        });
    }

    @Override
    public Change moveNode(Subject subject, String code, String newParentCode) {
        return edit(subject, code, false, (st, ap) -> {
            OrgNode node = below(st, code);
            if (node.getLevel() != OrgLevel.VILLAGE) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.not_movable, node.getName(), node.getLevel()));
            }
            OrgNode parent = st.nodes.get(newParentCode);
            if (parent == null || parent.getLevel() != OrgLevel.TOWNSHIP) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_township, newParentCode));
            }
            if (parent.isClosed()) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.parent_closed, parent.getName()));
            }
            if (node.getParent() == parent) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.same_parent, node.getName(), parent.getName()));
            }
            String old = node.getParent().getCode();
            ap.move(node, parent);
            return change(SubjectKind.NODE, code, node.getName(), ChangeKind.CHANGED, JurisdictionDifference.PARENT, old, newParentCode);
        });
    }

    @Override
    public Change closeNode(Subject subject, String code, LocalDate on) {
        return edit(subject, code, false, (st, ap) -> {
            OrgNode node = below(st, code);
            if (node.isClosed()) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.already_closed, node.getName()));
            }
            long open = st.nodes.values().stream().filter(n -> n.getParent() == node && !n.isClosed()).count();
            if (open > 0) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.open_children, node.getName(), open));
            }
            LocalDate day = on == null ? LocalDate.now() : on;
            ap.close(node, day);
            return change(SubjectKind.NODE, code, node.getName(), ChangeKind.CLOSED, null, null, day.toString());
        });
    }

    @Override
    public Change reopenNode(Subject subject, String code) {
        return edit(subject, code, false, (st, ap) -> {
            OrgNode node = below(st, code);
            if (!node.isClosed()) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.not_closed, node.getName()));
            }
            if (node.getParent().isClosed()) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.parent_closed, node.getParent().getName()));
            }
            String old = node.getClosedOn().toString();
            ap.reopen(node);
            return change(SubjectKind.NODE, code, node.getName(), ChangeKind.REOPENED, null, old, null);
        });
    }

    /** An open organisation of the county (the county itself too) a cadre can work at. */
    private static OrgNode workplace(JurisdictionState st, String orgCode) {
        OrgNode org = st.nodes.get(orgCode);
        if (org == null || org.isClosed()) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_org, orgCode));
        }
        return org;
    }

    @Override
    public Change hire(Subject subject, String code, String name, String orgCode, Rank rank, CadreRole role, LocalDate since) {
        String n = name(name, 64);
        if (rank == null || role == null) {
            throw new IllegalArgumentException(JurisdictionMessages.required);
        }
        return edit(subject, orgCode, false, (st, ap) -> {
            if (code == null || !JurisdictionWorkbook.wellFormedCode(code) || code.length() > 32) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.bad_code, code));
            }
            if (st.cadres.containsKey(code) || st.foreignCadres.containsKey(code)) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.code_exists, code,
                        st.cadres.containsKey(code) ? st.cadres.get(code).getName() : st.foreignCadres.get(code)));
            }
            OrgNode org = workplace(st, orgCode);
            ap.hire(code, n, org, rank, role, since);
            return change(SubjectKind.CADRE, code, n, ChangeKind.NEW, null, null, orgCode);
        });
    }

    @Override
    public Change transfer(Subject subject, String cadreCode, String orgCode, LocalDate on) {
        return edit(subject, cadreCode, true, (st, ap) -> {
            Cadre c = activeCadre(st, cadreCode);
            OrgNode org = workplace(st, orgCode);
            if (c.getOrg() == org) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.same_org, c.getName(), org.getName()));
            }
            String old = c.getOrg().getCode();
            ap.transfer(c, org, on == null ? LocalDate.now() : on, true);
            return change(SubjectKind.CADRE, cadreCode, c.getName(), ChangeKind.CHANGED, JurisdictionDifference.ORG, old, orgCode);
        });
    }

    private static Cadre activeCadre(JurisdictionState st, String code) {
        Cadre c = cadre(st, code);
        if (!c.isActive()) {
            throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.cadre_left, c.getName()));
        }
        return c;
    }

    private static Secondment open(JurisdictionState st, Cadre c) {
        Secondment s = st.latestSecondment.get(c.getId());
        return s != null && (s.getEnd() == null || !s.getEnd().isBefore(LocalDate.now())) ? s : null;
    }

    @Override
    public Change second(Subject subject, String cadreCode, String destination, LocalDate start, String reason) {
        String dest = name(destination, 128);
        if (start == null) {
            throw new IllegalArgumentException(JurisdictionMessages.required);
        }
        String why = reason == null || reason.isBlank() ? null : name(reason, 256);
        return edit(subject, cadreCode, true, (st, ap) -> {
            Cadre c = activeCadre(st, cadreCode);
            Secondment s = open(st, c);
            if (s != null) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.already_seconded,
                        new Object[] { c.getName(), s.getDestination(), s.getStart() }));
            }
            ap.second(c, dest, start, null, why);
            return change(SubjectKind.CADRE, cadreCode, c.getName(), ChangeKind.CHANGED, JurisdictionDifference.SECONDMENT,
                    null, JurisdictionDifference.secondmentLabel(dest, start, null, why));
        });
    }

    @Override
    public Change returnFromSecondment(Subject subject, String cadreCode, LocalDate end) {
        return edit(subject, cadreCode, true, (st, ap) -> {
            Cadre c = cadre(st, cadreCode);
            Secondment s = open(st, c);
            if (s == null) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.not_seconded, c.getName()));
            }
            LocalDate day = end == null ? LocalDate.now() : end;
            if (day.isBefore(s.getStart())) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.end_before_start, day, s.getStart()));
            }
            String old = JurisdictionDifference.secondmentLabel(s.getDestination(), s.getStart(), s.getEnd(), s.getReason());
            ap.endSecondment(c, s, day);
            return change(SubjectKind.CADRE, cadreCode, c.getName(), ChangeKind.CHANGED, JurisdictionDifference.SECONDMENT,
                    old, JurisdictionDifference.secondmentLabel(s.getDestination(), s.getStart(), day, s.getReason()));
        });
    }

    @Override
    public Change leave(Subject subject, String cadreCode, LocalDate on) {
        return edit(subject, cadreCode, true, (st, ap) -> {
            Cadre c = activeCadre(st, cadreCode);
            LocalDate day = on == null ? LocalDate.now() : on;
            String org = c.getOrg().getCode();
            ap.leave(c, day);
            return change(SubjectKind.CADRE, cadreCode, c.getName(), ChangeKind.CLOSED, null, org, day.toString());
        });
    }

    @Override
    public List<HistoryEntry> history(Subject subject, String code) {
        return db.read(em -> {
            boolean visible = em.createQuery("select o.path from OrgNode o where o.code = :c", String.class)
                    .setParameter("c", code).getResultStream().anyMatch(subject::covers)
                    || em.createQuery("select c.org.path from Cadre c where c.code = :c", String.class)
                            .setParameter("c", code).getResultStream().anyMatch(subject::covers);
            if (!visible) {
                throw new IllegalArgumentException(NLS.bind(JurisdictionMessages.no_node, code));
            }
            return em.createQuery("select h from OrgChange h where h.code = :c order by h.recordedAtMillis, h.id", OrgChange.class)
                    .setParameter("c", code).getResultList().stream()
                    .map(h -> new HistoryEntry(h.getSubjectKind(), h.getCode(), h.getChangeKind(), h.getField(),
                            h.getOldValue(), h.getNewValue(), h.getEffectiveOn(), h.getActor(), h.getRecordedAt()))
                    .toList();
        });
    }
}
