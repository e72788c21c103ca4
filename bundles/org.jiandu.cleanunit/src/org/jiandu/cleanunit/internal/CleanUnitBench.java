package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.jiandu.cleanunit.CleanUnitBenchmark;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.Scoring;
import org.jiandu.core.SetupService;
import org.jiandu.core.Stats;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * Generates a city's creations (98 townships, the six kinds, statuses spread as in practice, an evaluation with
 * every indicator scored for each stage reached and each year monitored) and times the coverage report and the
 * creation list against a baseline that derives each unit's latest verdict from all its evaluation rows.
 */
@Component(service = CleanUnitBenchmark.class)
public class CleanUnitBench implements CleanUnitBenchmark {

    private static final int TOWNSHIPS = 98, BATCH = 500;

    @Reference
    CleanUnitStore store;

    @Reference
    CleanUnitService service;

    @Reference
    AuditLog audit;

    /** Refuses before anything is written unless this is a benchmark's own data directory and the user its administrator. */
    @Reference
    SetupService setup;

    @Override
    public Report run(Subject subject, int units, int years, int runs, Consumer<String> log) {
        setup.requireBenchmark(subject);
        Map<CleanUnitKind, IndicatorSet> sets = new HashMap<>();
        Map<CleanUnitKind, Long> ids = new HashMap<>();
        for (CleanUnitKind k : CleanUnitKind.values()) {
            sets.put(k, service.currentStandard(k));
        }
        store.db().read(em -> {
            em.createQuery("select s from CuStandard s", Standard.class).getResultList().forEach(s -> ids.merge(s.kind, s.id, Math::max));
            return null;
        });
        Random r = new Random(42);
        int thisYear = LocalDate.now().getYear(), first = thisYear - years + 1;
        int[] counts = new int[2];
        long t0 = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int from = 0; from < units; from += BATCH) {
            int start = from;
            store.db().txRun(em -> {
                audit.append(em, subject.username(), AuditLog.CHANGE, "benchmark:cleanunit",
                        "synthetic units " + start + "–" + Math.min(units, start + BATCH) + " of run " + run);
                for (int n = start; n < Math.min(units, start + BATCH); n++) {
                    generate(em, subject, run, n, r, sets, ids, first, thisYear, counts);
                }
            });
            if ((from / BATCH) % 10 == 0) {
                log.accept("generated " + Math.min(units, from + BATCH) + " of " + units + " units");
            }
        }
        double generateMs = (System.nanoTime() - t0) / 1e6;
        double[] report = new double[runs], list = new double[runs], baseline = new double[runs];
        List<CoverageRow> rows = null;
        int listed = 0;
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            rows = service.coverage(subject, thisYear);
            report[i] = (System.nanoTime() - a) / 1e6;
            a = System.nanoTime();
            listed = service.creations(subject, CreationFilter.all()).size();
            list[i] = (System.nanoTime() - a) / 1e6;
            a = System.nanoTime();
            Map<String, int[]> naive = baseline(subject);
            baseline[i] = (System.nanoTime() - a) / 1e6;
            log.accept("run " + (i + 1) + ": report " + Math.round(report[i]) + " ms, list of " + listed + " " + Math.round(list[i])
                    + " ms, baseline " + Math.round(baseline[i]) + " ms");
            if (i == 0) {
                check(rows, naive);
            }
        }
        return new Report(units, counts[0], counts[1], generateMs, Stats.median(report), listed, Stats.median(list), Stats.median(baseline),
                runs,
                Runtime.getRuntime().availableProcessors());
    }

    private static void generate(EntityManager em, Subject subject, String run, int n, Random r, Map<CleanUnitKind, IndicatorSet> sets,
            Map<CleanUnitKind, Long> ids, int first, int thisYear, int[] counts) {
        CleanUnitKind kind = CleanUnitKind.values()[n % 6 == 5 && r.nextBoolean() ? 4 : n % 6];
        int township = r.nextInt(TOWNSHIPS);
        Creation c = new Creation();
        c.unitCode = "bench-" + run + "-" + n;
        c.unitName = "基准单位" + n;
        c.kind = kind;
        c.groupCode = "bench-t" + township;
        c.groupName = "基准乡镇" + township;
        c.orgPath = subject.scopePath() + "bench-t" + township + "/" + c.unitCode + "/";
        c.declaredOn = LocalDate.of(first, 1, 1).plusDays(r.nextInt(300));
        c.cycle = 1;
        int dice = r.nextInt(100);
        c.status = dice < 10 ? CreationStatus.DECLARED : dice < 20 ? CreationStatus.IN_PROGRESS : dice < 28 ? CreationStatus.SELF_ASSESSED
                : dice < 32 ? CreationStatus.REVIEWED : dice < 36 ? CreationStatus.REJECTED : dice < 40 ? CreationStatus.REVOKED
                        : dice < 44 ? CreationStatus.UNDER_REVIEW : CreationStatus.PUBLISHED;
        LocalDate published = c.declaredOn.plusDays(200);
        c.statusSince = c.status.holdsTitle() || c.status == CreationStatus.REVOKED ? published : c.declaredOn.plusDays(30);
        em.persist(c);
        List<EvaluationStage> stages = new ArrayList<>();
        List<Integer> yearsOf = new ArrayList<>();
        if (c.status != CreationStatus.DECLARED && c.status != CreationStatus.IN_PROGRESS) {
            stages.add(EvaluationStage.SELF);
            yearsOf.add(c.declaredOn.getYear());
        }
        if (c.status.holdsTitle() || c.status == CreationStatus.REVOKED || c.status == CreationStatus.REJECTED) {
            stages.add(EvaluationStage.ON_SITE);
            yearsOf.add(published.getYear());
        }
        if (c.status.holdsTitle() || c.status == CreationStatus.REVOKED) {
            for (int y = published.getYear() + 1; y <= thisYear; y++) {
                if (y == thisYear && r.nextBoolean()) {
                    break;
                }
                stages.add(EvaluationStage.MONITORING);
                yearsOf.add(y);
            }
        }
        IndicatorSet set = sets.get(kind);
        // the id comes from the sequence at persist: no flush per unit (a flush walks every managed entity)
        for (int i = 0; i < stages.size(); i++) {
            Evaluation e = new Evaluation();
            e.creationId = c.id;
            e.stage = stages.get(i);
            e.year = yearsOf.get(i);
            e.cycle = 1;
            e.standardId = ids.get(kind);
            boolean fail = c.status == CreationStatus.REJECTED && e.stage == EvaluationStage.ON_SITE || r.nextInt(100) < 4;
            Map<String, Double> points = new HashMap<>();
            for (IndicatorSet.Indicator ind : set.indicators()) {
                double p = Math.max(0, ind.maxPoints() - (fail ? 2 : r.nextInt(2) * 0.5));
                points.put(ind.code(), p);
                e.score(ind.code(), p, null);
                counts[1]++;
            }
            e.verdict(Scoring.score(set, points, 0, Set.of()));
            e.scoredBy = "bench";
            e.scoredAt = Instant.now();
            em.persist(e);
            counts[0]++;
            c.latestTotal = e.total;
            c.latestPassed = e.passed;
            if (e.stage == EvaluationStage.MONITORING) {
                c.lastMonitored = e.year;
            }
        }
    }

    /**
     * The report without the latest verdict stored on the creation: every evaluation row read, the newest per unit
     * kept. Counts per group and kind: {declared, published, meeting}.
     */
    Map<String, int[]> baseline(Subject subject) {
        return store.db().read(em -> {
            Map<Long, Object[]> latest = new HashMap<>();
            for (Object[] e : em.createQuery("select e.creationId, e.id, e.passed from CuEvaluation e, CuCreation c"
                    + " where c.id = e.creationId and c.orgPath like :p", Object[].class)
                    .setParameter("p", subject.scopePath() + "%").getResultList()) {
                latest.merge((Long) e[0], e, (a, b) -> (Long) a[1] > (Long) b[1] ? a : b);
            }
            Map<String, int[]> out = new LinkedHashMap<>();
            for (Object[] c : em.createQuery("select c.id, c.groupCode, c.kind, c.status from CuCreation c where c.orgPath like :p",
                    Object[].class).setParameter("p", subject.scopePath() + "%").getResultList()) {
                int[] t = out.computeIfAbsent(c[1] + "/" + c[2], k -> new int[3]);
                CreationStatus s = (CreationStatus) c[3];
                Object[] e = latest.get((Long) c[0]);
                t[0]++;
                if (s.holdsTitle()) {
                    t[1]++;
                }
                if (s == CreationStatus.PUBLISHED && e != null && (Boolean) e[2]) {
                    t[2]++;
                }
            }
            return out;
        });
    }

    /** The benchmark also proves the fast report right: the same counts as the baseline. */
    private static void check(List<CoverageRow> rows, Map<String, int[]> naive) {
        for (CoverageRow row : rows) {
            if (row.groupCode() == null) {
                continue;
            }
            int[] t = naive.get(row.groupCode() + "/" + row.kind());
            int[] mine = { row.declared(), row.published(), row.meeting() };
            if (t != null && !Arrays.equals(t, mine)) {
                throw new IllegalStateException("report and baseline disagree on " + row.groupCode() + " " + row.kind() + ": "
                        + Arrays.toString(mine) + " vs " + Arrays.toString(t));
            }
        }
    }

}
