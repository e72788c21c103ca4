package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.jiandu.core.SetupService;
import org.jiandu.core.Stats;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.Period;
import org.jiandu.tasks.PeriodScores;
import org.jiandu.tasks.PeriodScores.BodyScore;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskKind;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.TasksBenchmark;
import org.jiandu.tasks.WarningPolicy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * Generates a city's year (the seven counties' commission bodies, townships and units; monthly lists; reports and
 * verifications) and times {@link Scores#table}, what the service runs once it has checked the user, against a
 * baseline that reads every row of the tables and filters in memory.
 */
@Component(service = TasksBenchmark.class)
public class TasksBench implements TasksBenchmark {

    /** Bodies of each generated county: 4 offices, 6 stationed groups, 14 township commissions, 52 units (Shanyang's scale). */
    private static final int OFFICES = 4, GROUPS = 6, TOWNSHIPS = 14, UNITS = 52;

    @Reference
    TasksStore store;

    @Reference
    AuditLog audit;

    /** Refuses before anything is written unless this is a benchmark's own data directory and the user its administrator. */
    @Reference
    SetupService setup;

    @Override
    public Report run(Subject subject, int counties, int lists, int tasksPerList, int runs, Consumer<String> log) {
        setup.requireBenchmark(subject);
        int year = LocalDate.now().getYear() - 1;
        String tag = Long.toString(System.currentTimeMillis(), 36);
        int[] counts = new int[4];
        long t0 = System.nanoTime();
        List<String> codes = new ArrayList<>();
        for (int c = 1; c <= counties; c++) {
            String county = "bench-" + tag + "-c" + c;
            codes.add(county);
            generate(subject, county, year, lists, tasksPerList, new Random(c * 7919L), counts);
            log.accept("generated county " + c + " of " + counties + ": " + counts[1] + " body tasks so far");
        }
        double generateMs = (System.nanoTime() - t0) / 1e6;
        LocalDate asOf = LocalDate.of(year + 1, 1, 31);
        List<PeriodResult> results = new ArrayList<>();
        for (String label : List.of(year + "-06", year + "-Q3", Integer.toString(year))) {
            Period p = Period.parse(label);
            double[] fast = new double[runs], slow = new double[runs];
            int bodies = 0;
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                Map<String, ScoreTable> tables = store.db().read(em -> {
                    Map<String, ScoreTable> out = new HashMap<>();
                    for (String county : codes) {
                        out.put(county, Scores.table(em, subject, county, p, asOf));
                    }
                    return out;
                });
                fast[i] = (System.nanoTime() - a) / 1e6;
                a = System.nanoTime();
                Map<String, Map<String, BodyScore>> naive = baseline(codes, p, asOf);
                slow[i] = (System.nanoTime() - a) / 1e6;
                bodies = check(tables, naive);
                log.accept(label + " run " + (i + 1) + ": " + Math.round(fast[i]) + " ms, baseline " + Math.round(slow[i]) + " ms");
            }
            results.add(new PeriodResult(label, Stats.median(fast), Stats.median(slow), bodies));
        }
        return new Report(counties, counts[0], counts[1], counts[2], counts[3], generateMs, results, runs,
                Runtime.getRuntime().availableProcessors());
    }

    /** One county's bodies, scheme and year of lists, a list per transaction. */
    private void generate(Subject subject, String county, int year, int lists, int tasksPerList, Random r, int[] counts) {
        List<TaskBodyEntity> bodies = new ArrayList<>();
        store.db().txRun(em -> {
            audit.append(em, subject.username(), AuditLog.CHANGE, "benchmark:tasks", "synthetic bodies of " + county);
            int[] n = { OFFICES, GROUPS, TOWNSHIPS, UNITS };
            BodyKind[] kinds = { BodyKind.SUPERVISION_OFFICE, BodyKind.STATIONED_GROUP, BodyKind.TOWNSHIP_COMMISSION, BodyKind.UNIT };
            for (int k = 0; k < kinds.length; k++) {
                for (int i = 1; i <= n[k]; i++) {
                    TaskBodyEntity b = new TaskBodyEntity();
                    b.code = county + "-" + kinds[k].name().toLowerCase() + i;
                    b.countyCode = county;
                    b.name = kinds[k] + " " + i;
                    b.kind = kinds[k];
                    b.orgCode = b.code;
                    b.orgPath = subject.scopePath() + county + "/" + b.code + "/";
                    em.persist(b);
                    bodies.add(b);
                    counts[0]++;
                }
            }
            SchemeEntity s = new SchemeEntity();
            s.countyCode = county;
            s.versionNo = 1;
            s.fromOn = LocalDate.of(year, 1, 1);
            s.latePerDay = new BigDecimal("0.0500");
            s.lateFloor = new BigDecimal("0.5000");
            s.perReturn = new BigDecimal("0.1000");
            s.failedShare = BigDecimal.ZERO;
            s.missedShare = new BigDecimal("-0.5000");
            s.bonusCap = new BigDecimal("5.00");
            s.publishedBy = subject.username();
            s.publishedAt = Instant.now();
            em.persist(s);
        });
        for (int m = 1; m <= lists; m++) {
            YearMonth month = YearMonth.of(year, (m - 1) % 12 + 1);
            store.db().txRun(em -> {
                audit.append(em, subject.username(), AuditLog.CHANGE, "benchmark:tasks", "a synthetic task list of "
                        + county + " for " + month);
                TaskListEntity l = new TaskListEntity();
                l.countyCode = county;
                l.period = month.toString();
                l.title = month + " bench";
                l.issuedOn = month.atDay(1);
                l.issuedBy = subject.username();
                l.issuedAt = Instant.now();
                em.persist(l);
                em.flush();
                List<SupervisionTaskEntity> tasks = new ArrayList<>();
                for (int t = 1; t <= tasksPerList; t++) {
                    SupervisionTaskEntity task = new SupervisionTaskEntity();
                    task.listId = l.id;
                    task.no = t;
                    task.title = "task " + t;
                    task.kind = TaskKind.COMMON;
                    task.requirement = "report";
                    task.points = BigDecimal.valueOf(5 + t % 4 * 5);
                    task.deadline = month.atDay(Math.min(28, 10 + t));
                    em.persist(task);
                    tasks.add(task);
                }
                em.flush();
                PendingFacts facts = new PendingFacts();
                for (SupervisionTaskEntity task : tasks) {
                    for (TaskBodyEntity b : bodies) {
                        assign(em, l, task, b, r, counts, facts);
                    }
                }
                facts.write(em);
                em.clear();
            });
        }
    }

    private static void assign(EntityManager em, TaskListEntity l, SupervisionTaskEntity task, TaskBodyEntity b, Random r, int[] counts,
            PendingFacts facts) {
        AssignmentEntity a = AssignmentEntity.of(task, b, l.countyCode, l.issuedOn);
        int dice = r.nextInt(100);
        LocalDate on = dice < 80 ? a.deadline.minusDays(r.nextInt(5)) : a.deadline.plusDays(1 + r.nextInt(6));
        boolean missing = dice < 3;
        a.reports = missing ? 0 : dice >= 90 && dice < 96 ? 2 : 1;
        em.persist(a);
        counts[1]++;
        if (missing) {
            return;
        }
        Outcome first = dice >= 96 ? Outcome.FAILED : dice >= 90 ? Outcome.RETURNED : Outcome.ACCEPTED;
        ReportEntity report = report(a, 1, on, counts, facts);
        verify(report, first, on.plusDays(2), first == Outcome.RETURNED ? on.plusDays(6) : null, counts, facts);
        if (first == Outcome.RETURNED) {
            ReportEntity again = report(a, 2, on.plusDays(4 + r.nextInt(4)), counts, facts);
            verify(again, Outcome.ACCEPTED, on.plusDays(10), null, counts, facts);
        }
    }

    private static ReportEntity report(AssignmentEntity a, int seq, LocalDate on, int[] counts, PendingFacts facts) {
        ReportEntity rep = new ReportEntity();
        rep.seq = seq;
        rep.reportedOn = on;
        rep.text = "done";
        rep.reportedBy = "bench";
        rep.reportedAt = Instant.EPOCH;
        facts.add(a, rep);
        counts[2]++;
        return rep;
    }

    private static void verify(ReportEntity report, Outcome outcome, LocalDate on, LocalDate by, int[] counts, PendingFacts facts) {
        VerificationEntity v = new VerificationEntity();
        v.outcome = outcome;
        v.verifiedOn = on;
        v.reportBy = by;
        v.verifiedBy = "bench-verifier";
        v.verifiedAt = Instant.EPOCH;
        facts.add(report, v);
        counts[3]++;
    }

    /** The same scores from every row of the tables, filtered and grouped in memory. */
    Map<String, Map<String, BodyScore>> baseline(List<String> counties, Period p, LocalDate asOf) {
        return store.db().read(em -> {
            Map<Long, List<TaskReport>> reports = new HashMap<>();
            Map<Long, Object[]> verifications = new HashMap<>();
            for (Object[] v : em.createQuery("select v.reportId, v.outcome, v.verifiedOn, v.reportBy from Verification v", Object[].class)
                    .getResultList()) {
                verifications.put((Long) v[0], v);
            }
            for (Object[] r : em.createQuery("select r.id, r.assignmentId, r.reportedOn from Report r order by r.assignmentId, r.seq",
                    Object[].class).getResultList()) {
                Object[] v = verifications.get((Long) r[0]);
                reports.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new TaskReport((LocalDate) r[2], v == null ? null
                        : (Outcome) v[1], v == null ? null : (LocalDate) v[2], v == null ? null : (LocalDate) v[3]));
            }
            Map<String, List<PeriodScores.Scored>> byCounty = new HashMap<>();
            for (Object[] a : em.createQuery("select a.id, a.countyCode, a.bodyCode, a.points, a.issuedOn, a.deadline from Assignment a",
                    Object[].class).getResultList()) {
                byCounty.computeIfAbsent((String) a[1], k -> new ArrayList<>()).add(new PeriodScores.Scored((String) a[2],
                        (BigDecimal) a[3],
                        new TaskFacts((LocalDate) a[4], (LocalDate) a[5], reports.getOrDefault((Long) a[0], List.of()))));
            }
            Map<String, Map<String, BodyScore>> out = new HashMap<>();
            for (String county : counties) {
                List<ScoringScheme> versions = Scores.versions(em, county);
                out.put(county, PeriodScores.of(byCounty.getOrDefault(county, List.of()), versions, WarningPolicy.DEFAULT, p, Map.of(),
                        asOf));
            }
            return out;
        });
    }

    /** The benchmark also proves the fast path right: every body's score as the baseline has it. */
    private static int check(Map<String, ScoreTable> tables, Map<String, Map<String, BodyScore>> naive) {
        int bodies = 0;
        for (Map.Entry<String, ScoreTable> e : tables.entrySet()) {
            Map<String, BodyScore> expected = naive.get(e.getKey());
            if (expected.size() != e.getValue().rows().size()) {
                throw new IllegalStateException(e.getKey() + ": " + e.getValue().rows().size() + " bodies ranked, the baseline has "
                        + expected.size());
            }
            for (ScoreTable.Row row : e.getValue().rows()) {
                BodyScore b = expected.get(row.bodyCode());
                if (b == null || b.score().compareTo(row.score()) != 0 || b.onTime() != row.onTime() || b.late() != row.late()
                        || b.failed() != row.failed() || b.returns() != row.returns()) {
                    throw new IllegalStateException("scores and baseline disagree on " + row.bodyCode() + ": " + row + " vs " + b);
                }
                bodies++;
            }
        }
        return bodies;
    }
}
