package org.jiandu.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jiandu.core.CadreView;
import org.jiandu.core.Progress;
import org.jiandu.core.SetupService;
import org.jiandu.core.Stats;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Rank;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.ImportKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingBenchmark;
import org.jiandu.training.TrainingService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The training benchmark. It adds sessions, cadres and records to the data directory it runs in, so it belongs in a
 * throw-away one ({@code jiandu --data $(mktemp -d) bench training}); its spreadsheets stay in that data directory's
 * {@code tmp/} folder and are removed when the run ends.
 */
@Component(service = TrainingBenchmark.class)
public class TrainingBench implements TrainingBenchmark {

    @Reference
    TrainingService training;

    @Reference
    TrainingStore store;

    @Reference
    AuditLog audit;

    /** Refuses before anything is written unless this is a benchmark's own data directory and the user its administrator. */
    @Reference
    SetupService setup;

    /** The generated files go into the open data directory, nowhere else. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    @Override
    public Report run(Subject subject, int rows, int cadres, int years, int runs, Consumer<String> log) {
        setup.requireBenchmark(subject);
        DataDirectory dir = dataDirectory;
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        Path work;
        try {
            work = Files.createDirectories(dir.root().resolve("tmp").resolve("bench-training-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return run(subject, work, rows, cadres, years, runs, log);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone
        }
    }

    private Report run(Subject subject, Path work, int rows, int cadres, int years, int runs, Consumer<String> log) {
        JpaTrainingService service = (JpaTrainingService) training;
        List<CadreView> staff = service.cadres(subject);
        if (staff.isEmpty()) {
            throw new IllegalStateException("no cadres in scope: run the benchmark on a data directory with demo data");
        }
        // compliance first, on records shaped like a county's (the import below adds 100k rows to a few sessions)
        int records = addCadresAndRecords(subject, cadres, years, log);
        int thisYear = LocalDate.now().getYear();
        double[] perYear = new double[years];
        int evaluated = 0;
        for (int y = 0; y < years; y++) {
            int year = thisYear - years + y;
            double[] t = new double[runs];
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                evaluated = training.compliance(subject, year, LocalDate.of(year, 12, 31)).activeCadres();
                t[run] = (System.nanoTime() - t0) / 1e6;
            }
            perYear[y] = Stats.median(t);
            log.accept(String.format("compliance %d: %d active cadres, median %.0f ms", year, evaluated, perYear[y]));
        }
        double[] allYears = new double[runs], facts = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            int reports = training.compliance(subject, thisYear - years, thisYear - 1).size();
            allYears[run] = (System.nanoTime() - t0) / 1e6;
            if (reports != years) {
                throw new IllegalStateException(reports + " yearly reports for " + years + " years");
            }
            t0 = System.nanoTime();
            service.facts(subject, service.cadres(subject));
            facts[run] = (System.nanoTime() - t0) / 1e6;
        }
        log.accept(String.format("compliance of all %d years at once: median %.0f ms", years, Stats.median(allYears)));

        LocalDate day = LocalDate.now().minusDays(30);
        double[] importMs = new double[runs], parseMs = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path file = work.resolve("attendance-" + run + ".xlsx");
            int sessions = (rows + staff.size() - 1) / staff.size();
            List<List<Object>> sheet = new ArrayList<>(rows + 1);
            sheet.add(List.of("干部编号", "姓名", "培训班编号", "学时", "成绩", "结业日期"));
            for (int s = 0; s < sessions && sheet.size() <= rows; s++) {
                String code = "BENCH-" + run + "-" + s;
                training.saveSession(subject, new SessionView(0, 0, code, "BENCH-COURSE", CourseKind.TOPICAL, "基准测试课程",
                        8, day, day, null, null, staff.size(), null, null, null, 0, 0));
                for (int c = 0; c < staff.size() && sheet.size() <= rows; c++) {
                    sheet.add(List.of(staff.get(c).code(), staff.get(c).name(), code, 8, 60 + (c + s) % 40, day.toString()));
                }
            }
            try {
                XlsxWriter.write(file, List.of(new XlsxWriter.Sheet("考勤", sheet)));
                long t0 = System.nanoTime();
                int parsed = XlsxReader.read(file).get(0).rows().size();
                parseMs[run] = (System.nanoTime() - t0) / 1e6;
                if (parsed != rows + 1) {
                    throw new IllegalStateException("parsed " + parsed + " rows, wrote " + (rows + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long t0 = System.nanoTime();
            ImportReport r = training.importXlsx(subject, file, ImportKind.ATTENDANCE, Map.of(), false, Progress.NONE);
            importMs[run] = (System.nanoTime() - t0) / 1e6;
            if (!r.imported() || r.added() != rows) {
                throw new IllegalStateException("import did not add every row: " + r.added() + " of " + rows + " " + r.errors());
            }
            log.accept(String.format("import run %d: %d rows in %.0f ms (parse alone %.0f ms)", run
                    + 1, rows, importMs[run], parseMs[run]));
        }

        double importMedian = Stats.median(importMs);
        return new Report(rows, runs, importMedian, Stats.median(parseMs), rows / (importMedian / 1000), evaluated, years, records,
                Stats.median(perYear), Stats.median(facts), Stats.median(allYears), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Synthetic cadres spread over the townships in scope, each with a few completed or missed sessions a year, written
     * straight to the tables (the import is measured above).
     */
    private int addCadresAndRecords(Subject subject, int cadres, int years, Consumer<String> log) {
        Random r = new Random(42);
        List<Long> townships = store.database.read(em -> em.createQuery("select t.id from Township t where t.path like :p",
                Long.class).setParameter("p", subject.scopePath() + "%").getResultList());
        List<String> codes = new ArrayList<>();
        store.database.txRun(em -> {
            audit.append(em, subject.username(), AuditLog.CHANGE, "benchmark:training", cadres + " synthetic cadres");
            for (int i = 0; i < cadres; i++) {
                OrgNode t = em.find(OrgNode.class, townships.get(i % townships.size()));
                Cadre c = new Cadre(String.format("bench-%06d", i), "基准" + i, t, Rank.SECTION,
                        i % 7 == 0 ? CadreRole.TOWNSHIP_SECRETARY : CadreRole.FULL_TIME_CADRE,
                        LocalDate.of(2010 + r.nextInt(14), 1 + r.nextInt(12), 1));
                em.persist(c);
                codes.add(c.getCode() + "\t" + t.getPath());
                if (i % 2000 == 1999) {
                    em.flush();
                    em.clear();
                }
            }
        });
        int thisYear = LocalDate.now().getYear();
        Instant now = Instant.now();
        int[] written = new int[1];
        store.db().txRun(em -> {
            audit.append(em, subject.username(), AuditLog.CHANGE, "benchmark:training", "synthetic sessions over " + years
                    + " years");
            CourseKind[] kinds = { CourseKind.ALL_STAFF, CourseKind.TOPICAL, CourseKind.TOPICAL, CourseKind.NEW_REGULATION };
            List<TrainingSession> sessions = new ArrayList<>();
            for (int y = thisYear - years; y < thisYear; y++) {
                for (int k = 0; k < kinds.length; k++) {
                    TrainingCourse c = new TrainingCourse();
                    c.code = "BENCH-C-" + y + "-" + k;
                    c.kind = kinds[k];
                    c.title = "基准" + kinds[k].chinese();
                    c.hours = k == 2 ? 50 : 24;
                    if (kinds[k] == CourseKind.NEW_REGULATION) {
                        c.regulation = "基准法规" + y;
                        c.regulationEffective = LocalDate.of(y, 3, 1);
                    }
                    c.orgCode = subject.scopeCode();
                    c.orgPath = subject.scopePath();
                    c.updatedBy = subject.username();
                    c.updatedAt = now;
                    em.persist(c);
                    TrainingSession s = new TrainingSession();
                    s.code = c.code;
                    s.course = c;
                    s.startOn = LocalDate.of(y, 4 + k, 10);
                    s.endOn = s.startOn.plusDays(2);
                    s.capacity = cadres;
                    s.orgCode = c.orgCode;
                    s.orgPath = c.orgPath;
                    em.persist(s);
                    sessions.add(s);
                }
            }
            em.flush();
            List<Long> ids = sessions.stream().map(s -> s.id).toList();
            em.clear();
            int n = 0;
            for (String line : codes) {
                String[] cp = line.split("\t");
                for (Long id : ids) {
                    if (r.nextDouble() < 0.2) {
                        continue;
                    }
                    TrainingSession s = em.getReference(TrainingSession.class, id);
                    Enrolment e = new Enrolment();
                    e.session = s;
                    e.cadreCode = cp[0];
                    e.cadreName = "基准";
                    e.orgPath = cp[1];
                    e.revision = 1;
                    e.current = true;
                    boolean done = r.nextDouble() < 0.85;
                    e.status = done ? AttendanceStatus.COMPLETED : AttendanceStatus.ABSENT;
                    e.recordedBy = subject.username();
                    e.recordedAt = now;
                    em.persist(e);
                    if (++n % 5000 == 0) {
                        em.flush();
                        em.clear();
                    }
                }
            }
            written[0] = n;
        });
        // completion dates need the session's end: one statement instead of a lookup per row
        store.db().txRun(em -> {
            audit.append(em, subject.username(), AuditLog.CHANGE, "benchmark:training", "completion dates of the synthetic"
                    + " records");
            em.createNativeQuery("update TR_ENROLMENT e set COMPLETED_ON = (select s.END_ON from TR_SESSION s"
                    + " where s.ID = e.SESSION_ID) where e.STATUS = 'COMPLETED' and e.COMPLETED_ON is null and e.CADRE_CODE like 'bench-%'")
                    .executeUpdate();
        });
        log.accept(String.format("added %d cadres with %d session records over %d years", cadres, written[0], years));
        return written[0];
    }

}
