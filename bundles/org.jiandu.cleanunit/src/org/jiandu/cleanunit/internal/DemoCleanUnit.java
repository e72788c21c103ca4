package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.Scoring;
import org.jiandu.core.CadreView;
import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.OwnerOnly;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;

/**
 * Demo creations per county, every stage of the workflow present with a coherent history: most villages and
 * county-level units declared since 2024, about half published (with yearly monitoring), some in review, notice,
 * rejected and appealed, some put under review by a filed case and some revoked; demonstration sites with
 * followers; a target per township and kind (all its villages, a share of its cadres' families).
 */
@Component(service = ModuleDemoData.class, property = ModuleDemoData.MODULE + "=cleanunit")
public class DemoCleanUnit implements ModuleDemoData {

    /** Who the demo's steps and scores are recorded as: the demo county commission account, shown by its name. */
    private static final String DEMO = "county";

    @Reference
    CleanUnitStore store;

    @Reference
    OrgService orgs;

    @Reference
    CleanUnitService service;

    @Reference
    AuditLog audit;

    /** Evidence files are written when a data directory is open; without one the demo has no evidence. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    /** A unit to declare, with the group it counts under. */
    private record Candidate(Unit unit, CleanUnitKind kind) {
    }

    @Override
    public String id() {
        return "cleanunit";
    }

    /** Every county's creations, targets and sites in ONE transaction with the marker entry (resumable after a crash). */
    @Override
    public void load(Subject system, List<CountyProfile> counties) {
        Map<CleanUnitKind, IndicatorSet> standards = new EnumMap<>(CleanUnitKind.class);
        for (CleanUnitKind k : CleanUnitKind.values()) {
            standards.put(k, service.currentStandard(k));
        }
        Map<CleanUnitKind, Long> standardIds = store.db().read(em -> {
            Map<CleanUnitKind, Long> ids = new EnumMap<>(CleanUnitKind.class);
            for (Standard s : em.createQuery("select s from CuStandard s where s.versionNo = 1", Standard.class).getResultList()) {
                ids.put(s.kind, s.id);
            }
            return ids;
        });
        int[] declared = new int[1];
        store.db().txRun(em -> {
            for (CountyProfile county : counties) {
                OrgNodeView c = orgs.find(system, county.id()).orElse(null);
                if (c == null) {
                    continue;
                }
                Random r = new Random(county.id().hashCode() * 7L + 11);
                List<Candidate> candidates = new ArrayList<>();
                Map<String, int[]> eligible = new LinkedHashMap<>(); // group/kind → {eligible}
                for (OrgNodeView n : orgs.children(system, county.id())) {
                    if (n.level() == OrgLevel.UNIT) {
                        CleanUnitKind kind = CleanUnitKind.of(n.unitKind());
                        eligible.computeIfAbsent(c.code() + "/" + kind + "/" + c.path(), k -> new int[1])[0]++;
                        if (r.nextInt(100) < 70) {
                            candidates.add(new Candidate(new Unit(n.code(), n.name(), c.code(), c.name()
                                    + Unit.COUNTY_UNITS, n.path()), kind));
                        }
                    } else if (n.level() == OrgLevel.TOWNSHIP) {
                        for (OrgNodeView v : orgs.children(system, n.code())) {
                            if (v.level() == OrgLevel.VILLAGE) {
                                eligible.computeIfAbsent(n.code() + "/VILLAGE/" + n.path(), k -> new int[1])[0]++;
                                if (r.nextInt(100) < 62) {
                                    candidates.add(new Candidate(new Unit(v.code(), v.name(), n.code(), n.name(), v.path()),
                                            CleanUnitKind.VILLAGE));
                                }
                            }
                        }
                        List<CadreView> cadres = orgs.cadres(system, n.code(),
                                200).stream().filter(x -> x.orgCode().equals(n.code())).toList();
                        eligible.computeIfAbsent(n.code() + "/FAMILY/" + n.path(), k -> new int[1])[0] += cadres.size();
                        for (CadreView x : cadres) {
                            if (r.nextInt(100) < 45) {
                                candidates.add(new Candidate(new Unit(Unit.FAMILY_PREFIX + x.code(),
                                        x.name() + Unit.FAMILY_SUFFIX, n.code(), n.name(), x.orgPath()), CleanUnitKind.FAMILY));
                            }
                        }
                    }
                }
                declared[0] += candidates.size();
                eligible.forEach((key, count) -> {
                    String[] k = key.split("/", 3);
                    Target t = new Target();
                    t.groupCode = k[0];
                    t.kind = CleanUnitKind.valueOf(k[1]);
                    t.orgPath = k[2];
                    t.eligible = count[0];
                    t.targetPercent = t.kind == CleanUnitKind.FAMILY ? 60 : 80;
                    em.persist(t);
                });
                List<Creation> published = new ArrayList<>();
                for (Candidate cand : candidates) {
                    Creation cr = walk(em, cand, r, standards.get(cand.kind()), standardIds.get(cand.kind()));
                    if (cr.status == CreationStatus.PUBLISHED) {
                        published.add(cr);
                    }
                }
                sites(published, em, r);
            }
            // the marker that this module's demo data is in: in the same transaction as every row
            audit.append(em, "system", AuditLog.CHANGE, ModuleDemoData.TARGET_PREFIX + id(), counties.stream()
                    .map(CountyProfile::id).toList() + ": " + declared[0] + " creations");
        });
    }

    /** Takes one candidate along a random path of the workflow, with dates from 2024 up to today. */
    private Creation walk(EntityManager em, Candidate cand, Random r, IndicatorSet set, long standardId) {
        LocalDate today = LocalDate.now();
        LocalDate day = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(480));
        Creation c = CreationWorkflow.declared(em, cand.unit(), cand.kind(), day, DEMO, at(day)); // no flush per unit
        int dice = r.nextInt(100);
        // how far this one gets: 0 declared … 6 published
        int reach = dice < 8 ? 0 : dice < 16 ? 1 : dice < 23 ? 2 : dice < 27 ? 3 : dice < 30 ? 4 : dice < 33 ? 5 : 6;
        boolean failsOnSite = reach >= 4 && r.nextInt(100) < 12;
        String onSiteTier = null;
        if (reach >= 1) {
            day = advance(c, em, CreationAction.START, day, 10 + r.nextInt(30), today);
        }
        if (reach >= 2) {
            evaluate(em, c, EvaluationStage.SELF, day.getYear(), set, standardId, r, false, 0);
            evidence(em, c, set, r);
            day = advance(c, em, CreationAction.SELF_ASSESS, day, 30 + r.nextInt(60), today);
        }
        if (reach >= 3) {
            day = advance(c, em, CreationAction.REVIEW, day, 15 + r.nextInt(30), today);
        }
        if (reach >= 4) {
            onSiteTier = evaluate(em, c, EvaluationStage.ON_SITE, day.getYear(), set, standardId, r, failsOnSite, 0).tier;
            if (failsOnSite) {
                day = advance(c, em, CreationAction.REJECT, day, 20 + r.nextInt(20), today, "实地核查得分未达到达标线");
                if (r.nextBoolean() && !day.plusDays(10).isAfter(today)) {
                    day = advance(c, em, CreationAction.APPEAL, day, 10, today, "部分扣分项已于核查后完成整改,申请复核");
                }
                return c;
            }
            day = advance(c, em, CreationAction.VERIFY, day, 20 + r.nextInt(20), today);
        }
        if (reach >= 5) {
            // a short notice ends in the last days so some are still in notice
            day = advance(c, em, CreationAction.NOTICE, day, reach == 5 ? Math.max(0, (int) (today.toEpochDay() - day.toEpochDay()) - 3)
                    : 5 + r.nextInt(10), today);
        }
        if (reach >= 6 && !day.plusDays(CreationAction.NOTICE_DAYS).isAfter(today)) {
            day = advance(c, em, CreationAction.PUBLISH, day, CreationAction.NOTICE_DAYS + r.nextInt(5), today);
            c.tier = onSiteTier;
            for (int y = day.getYear() + 1; y <= today.getYear(); y++) {
                if (y == today.getYear() && r.nextInt(100) < 40) {
                    break; // this year's monitoring not done everywhere yet
                }
                boolean fails = r.nextInt(100) < 3;
                evaluate(em, c, EvaluationStage.MONITORING, y, set, standardId, r, fails, y);
                LocalDate on = LocalDate.of(y, 6, 1).plusDays(r.nextInt(120));
                if (on.isAfter(today)) {
                    on = today;
                }
                if (fails) {
                    event(em, c, "MONITORING", String.valueOf(y), y + " 年度复评得分未达标", on);
                    break;
                }
            }
            int fate = r.nextInt(100);
            if (c.status == CreationStatus.PUBLISHED && fate < 6) {
                LocalDate on = c.statusSince.plusDays(60 + r.nextInt(200));
                if (!on.isAfter(today)) {
                    event(em, c, "CASE", "DF-" + on.getYear() + "-" + (100 + r.nextInt(800)), "案件立案审查:单位负责人涉嫌违反廉洁纪律", on);
                    if (fate < 3 && !on.plusDays(30).isAfter(today)) {
                        advance(c, em, CreationAction.REVOKE, on, 30, today, "单位负责人被立案审查,触及负面清单,撤销命名");
                    }
                }
            }
        }
        return c;
    }

    private static LocalDate advance(Creation c, EntityManager em, CreationAction a, LocalDate from, int days, LocalDate today) {
        return advance(c, em, a, from, days, today, null);
    }

    private static LocalDate advance(Creation c, EntityManager em, CreationAction a, LocalDate from, int days, LocalDate today,
            String reason) {
        LocalDate on = from.plusDays(days);
        if (on.isAfter(today)) {
            on = today;
        }
        CreationStatus before = c.status;
        c.status = a.to();
        c.statusSince = on;
        CreationWorkflow.record(em, c, a.name(), before, a.to(), reason, DEMO, on, at(on));
        return on;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Scores close to the maximum (or, when it must fail, short of the pass line), rounded to half points. */
    private static Evaluation evaluate(EntityManager em, Creation c, EvaluationStage stage, int year, IndicatorSet set, long standardId,
            Random r, boolean fail, int monitoredYear) {
        Evaluation e = new Evaluation();
        e.creationId = c.id;
        e.stage = stage;
        e.year = year;
        e.cycle = c.cycle;
        e.standardId = standardId;
        Map<String, Double> points = new HashMap<>();
        for (IndicatorSet.Indicator i : set.indicators()) {
            double lost = Math.min(i.maxPoints(), Math.rint((fail ? 0.5 + r.nextDouble() * 1.5 : r.nextDouble() * 0.6) * 2) / 2);
            double p = i.maxPoints() - lost;
            points.put(i.code(), p);
            e.score(i.code(), p, lost > 0 ? "扣" + org.jiandu.cleanunit.IndicatorSetFormat.num(lost) + "分:" + i.guidance() : null);
        }
        e.verdict(Scoring.score(set, points, fail ? 0 : Math.rint(r.nextDouble() * set.bonusCap() * 2) / 2, Set.of()));
        e.scoredBy = DEMO;
        e.scoredAt = LocalDate.of(year, 1, 1).isAfter(c.statusSince)
                ? LocalDate.of(year, 7, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()
                : c.statusSince.atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant();
        em.persist(e);
        c.latestTotal = e.total;
        c.latestPassed = e.passed;
        if (monitoredYear > 0) {
            c.lastMonitored = monitoredYear;
        }
        return e;
    }

    private static void event(EntityManager em, Creation c, String source, String reference, String description, LocalDate on) {
        NegativeEvents.raise(em, c, source, reference, description, on, DEMO, at(on));
    }

    /** Evidence for the indicators that need it (a small text file each, when a data directory is open). */
    private void evidence(EntityManager em, Creation c, IndicatorSet set, Random r) {
        DataDirectory dir = dataDirectory;
        if (dir == null) {
            return;
        }
        for (IndicatorSet.Indicator i : set.indicators()) {
            if (!i.needsEvidence()) {
                continue;
            }
            String text = c.unitName + " " + i.evidence() + "\n" + i.name() + "\n(演示材料)\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String sha = Hashes.sha256(bytes);
            try {
                Path folder = Files.createDirectories(dir.files().resolve("cleanunit"));
                Path f = folder.resolve(sha);
                if (!Files.exists(f)) { // owner-only from the start, as the evidence store's copies are
                    Files.write(Files.createFile(f, OwnerOnly.fileAttributes()), bytes);
                }
            } catch (IOException e) {
                return; // a demo without evidence files is still a demo
            }
            Evidence e = new Evidence();
            e.creationId = c.id;
            e.indicator = i.code();
            e.fileName = i.evidence() + ".txt";
            e.sha256 = sha;
            e.size = bytes.length;
            e.addedBy = DEMO;
            e.addedAt = c.statusSince.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
            em.persist(e);
        }
    }

    /** One or two 示范 units per kind become demonstration sites; units of the kind in the same group follow them. */
    private static void sites(List<Creation> published, EntityManager em, Random r) {
        Map<CleanUnitKind, List<Creation>> byKind = new EnumMap<>(CleanUnitKind.class);
        published.forEach(p -> byKind.computeIfAbsent(p.kind, k -> new ArrayList<>()).add(p));
        byKind.forEach((kind, list) -> {
            List<Creation> best = list.stream().sorted((a, b) -> Double.compare(b.latestTotal,
                    a.latestTotal)).limit(kind == CleanUnitKind.VILLAGE
                    ? 3 : 1).toList();
            for (Creation site : best) {
                site.site = true;
                em.createQuery("select c from CuCreation c where c.kind = :k and c.groupCode = :g and c.id <> :id and c.site = false"
                        + " and c.siteId is null", Creation.class).setParameter("k", kind).setParameter("g", site.groupCode)
                        .setParameter("id", site.id).setMaxResults(3 + r.nextInt(4)).getResultStream().forEach(f -> f.siteId = site.id);
            }
        });
    }
}
