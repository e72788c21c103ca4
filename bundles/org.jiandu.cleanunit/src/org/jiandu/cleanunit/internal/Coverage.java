package org.jiandu.cleanunit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;

/** Coverage (覆盖率) per township and kind: how many eligible units hold a title that meets the standard, against a target. */
final class Coverage {

    static final int DEFAULT_TARGET_PERCENT = 80;

    private final CleanUnitContext ctx;

    Coverage(CleanUnitContext ctx) {
        this.ctx = ctx;
    }

    void setTarget(Subject subject, String groupCode, CleanUnitKind kind, int eligible, int targetPercent) {
        CleanUnitRoles.requireCounty(subject, CuMessages.target_action);
        if (eligible < 0 || targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException(CuMessages.bad_target);
        }
        OrgNodeView g = ctx.orgs.find(subject, groupCode).filter(o -> subject.covers(o.path())
                && (o.level() == OrgLevel.TOWNSHIP || o.level() == OrgLevel.COUNTY)).orElseThrow(() -> new IllegalArgumentException(
                        CuMessages.bind(CuMessages.no_group, groupCode)));
        ctx.db().txRun(em -> {
            Target t = em.createQuery("select t from CuTarget t where t.groupCode = :g and t.kind = :k", Target.class)
                    .setParameter("g", g.code()).setParameter("k", kind).getResultStream().findFirst().orElse(null);
            if (t == null) {
                t = new Target();
                t.groupCode = g.code();
                t.orgPath = g.path();
                t.kind = kind;
                em.persist(t);
            }
            t.eligible = eligible;
            t.targetPercent = targetPercent;
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit-target:" + groupCode + "/" + kind, eligible + " eligible, target "
                    + targetPercent + "%");
        });
    }

    /** Counts of one group and kind while the report is put together. */
    static final class Tally {
        String code, name;
        CleanUnitKind kind;
        int eligible = -1, declared, inProcess, published, underReview, revoked, rejected, meeting, due, target = DEFAULT_TARGET_PERCENT;

        void add(CreationStatus s, boolean passed, int n) {
            declared += n;
            if (s.inProcess()) {
                inProcess += n;
            }
            if (s.holdsTitle()) {
                published += n;
            }
            if (s == CreationStatus.UNDER_REVIEW) {
                underReview += n;
            }
            if (s == CreationStatus.REVOKED) {
                revoked += n;
            }
            if (s == CreationStatus.REJECTED) {
                rejected += n;
            }
            if (s == CreationStatus.PUBLISHED && passed) {
                meeting += n;
            }
        }

        CoverageRow row() {
            int e = eligible < 0 ? declared : eligible;
            return new CoverageRow(code, name, kind, e, declared, inProcess, published, underReview, revoked, rejected, meeting, target,
                    percent(meeting, e), due);
        }
    }

    List<CoverageRow> coverage(Subject subject, int year) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        String like = CleanUnitContext.like(subject);
        return ctx.db().read(em -> {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (Object[] r : em.createQuery("select c.groupCode, c.groupName, c.kind, c.status, c.latestPassed, count(c)"
                    + " from CuCreation c where c.orgPath like :p group by c.groupCode, c.groupName, c.kind, c.status, c.latestPassed",
                    Object[].class).setParameter("p", like).getResultList()) {
                tally(tallies, (String) r[0], (String) r[1], (CleanUnitKind) r[2]).add((CreationStatus) r[3], (Boolean) r[4],
                        ((Number) r[5]).intValue());
            }
            // holding the title since before the year and not yet monitored in it
            for (Object[] r : em.createQuery("select c.groupCode, c.kind, count(c) from CuCreation c where c.orgPath like :p"
                    + " and c.status in :held and c.lastMonitored < :y and c.statusSince < :start group by c.groupCode, c.kind",
                    Object[].class).setParameter("p", like).setParameter("held", List.of(CreationStatus.PUBLISHED,
                            CreationStatus.UNDER_REVIEW)).setParameter("y", year).setParameter("start", yearStart).getResultList()) {
                tally(tallies, (String) r[0], null, (CleanUnitKind) r[1]).due += ((Number) r[2]).intValue();
            }
            for (Target target : em.createQuery("select t from CuTarget t where t.orgPath like :p", Target.class)
                    .setParameter("p", like).getResultList()) {
                Tally t = tally(tallies, target.groupCode, null, target.kind);
                t.eligible = target.eligible;
                t.target = target.targetPercent;
            }
            return rows(subject, tallies);
        });
    }

    private static Tally tally(Map<String, Tally> tallies, String code, String name, CleanUnitKind kind) {
        Tally t = tallies.computeIfAbsent(code + "/" + kind, k -> new Tally());
        t.code = code;
        t.kind = kind;
        if (name != null) {
            t.name = name;
        }
        return t;
    }

    /** Group rows ordered by group and kind, then a total per kind and an overall total. */
    List<CoverageRow> rows(Subject subject, Map<String, Tally> tallies) {
        List<Tally> list = new ArrayList<>(tallies.values());
        for (Tally t : list) {
            if (t.name == null) {
                t.name = ctx.orgs.find(subject, t.code).map(OrgNodeView::name).orElse(t.code);
            }
        }
        list.sort(Comparator.comparing((Tally t) -> t.code).thenComparing(t -> t.kind));
        List<CoverageRow> out = new ArrayList<>(list.stream().map(Tally::row).toList());
        Map<CleanUnitKind, List<CoverageRow>> byKind = new EnumMap<>(CleanUnitKind.class);
        out.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
        List<CoverageRow> totals = new ArrayList<>();
        byKind.forEach((k, rows) -> totals.add(total(k, rows)));
        out.addAll(totals);
        out.add(total(null, totals));
        return out;
    }

    private static CoverageRow total(CleanUnitKind kind, List<CoverageRow> rows) {
        int eligible = 0, declared = 0, inProcess = 0, published = 0, underReview = 0, revoked = 0, rejected = 0, meeting = 0, due = 0;
        double wanted = 0;
        for (CoverageRow r : rows) {
            eligible += r.eligible();
            declared += r.declared();
            inProcess += r.inProcess();
            published += r.published();
            underReview += r.underReview();
            revoked += r.revoked();
            rejected += r.rejected();
            meeting += r.meeting();
            due += r.monitoringDue();
            wanted += r.eligible() * r.targetPercent() / 100.0;
        }
        int target = eligible == 0 ? DEFAULT_TARGET_PERCENT : (int) Math.round(100 * wanted / eligible);
        return new CoverageRow(null, null, kind, eligible, declared, inProcess, published, underReview, revoked, rejected, meeting, target,
                percent(meeting, eligible), due);
    }

    /** Coverage: units meeting the standard per eligible unit, in percent to one decimal (0 when none is eligible). */
    private static double percent(int meeting, int eligible) {
        return eligible == 0 ? 0 : Math.round(1000.0 * meeting / eligible) / 10.0;
    }
}
