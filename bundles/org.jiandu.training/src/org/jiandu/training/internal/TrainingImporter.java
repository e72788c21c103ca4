package org.jiandu.training.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.jiandu.core.CadreView;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.office.ImportReport.RowError;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.ImportKind;

import jakarta.persistence.EntityManager;

/**
 * Reads a roster or attendance sheet, checks every row, then writes all good rows in one transaction (new
 * enrolments, or new revisions of changed records). Nothing is written while any row is bad unless the caller
 * chose the good rows only; a cancel rolls the transaction back.
 */
final class TrainingImporter {

    /** Logical fields and the header texts that name them (lower case); the first is shown in messages. */
    static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put("session", List.of("培训班编号", "班次编号", "期次编号", "培训班", "session", "session code"));
        FIELDS.put("cadre", List.of("干部编号", "人员编号", "工号", "cadre", "cadre code"));
        FIELDS.put("name", List.of("姓名", "name"));
        FIELDS.put("status", List.of("状态", "出勤", "status", "attendance"));
        FIELDS.put("hours", List.of("学时", "hours"));
        FIELDS.put("score", List.of("成绩", "考试成绩", "score"));
        FIELDS.put("completed", List.of("结业日期", "完成日期", "completed", "completion date"));
    }
    private static final int CHUNK = 2000;

    private final JpaTrainingService service;
    private final Subject subject;
    private final Map<String, String> headers = new HashMap<>();

    TrainingImporter(JpaTrainingService service, Subject subject) {
        this.service = service;
        this.subject = subject;
    }

    /** A checked row ready to write. */
    private record Good(int row, long sessionId, CadreView cadre, AttendanceStatus status, Double hours, Integer score,
            LocalDate completedOn) {
    }

    /** The current record of a (session, cadre), as read before writing. */
    private record Current(long id, int revision, AttendanceStatus status, Double hours, Integer score, LocalDate completedOn) {
    }

    ImportReport run(Path file, ImportKind kind, Map<String, String> mapping, boolean goodRowsOnly, Progress progress) {
        List<RowError> errors = new ArrayList<>();
        List<XlsxReader.Row> rows;
        try {
            rows = XlsxReader.firstSheetRows(file);
        } catch (IOException e) {
            errors.add(new RowError(0, null, file.getFileName() + ": " + e.getMessage()));
            return new ImportReport(0, 0, 0, errors, false);
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(1, null, TrainingMessages.sheet_empty));
            return new ImportReport(0, 0, 0, errors, false);
        }
        Map<String, Integer> col = columns(rows.get(0), mapping, kind, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(rows.size() - 1, 0, 0, errors, false);
        }
        int total = rows.size() - 1;
        Map<String, CadreView> cadres = new HashMap<>();
        service.cadres(subject).forEach(c -> cadres.put(c.code(), c));
        Map<String, TrainingSession> sessions = new HashMap<>();
        Map<String, Current> current = new HashMap<>();
        Map<Long, Integer> taken = new HashMap<>();
        service.store.db().read(em -> {
            for (TrainingSession s : em.createQuery("select s from TrainingSession s join fetch s.course", TrainingSession.class)
                    .getResultList()) {
                sessions.put(s.code, s);
            }
            for (Object[] r : em.createQuery("select e.id, e.session.id, e.cadreCode, e.revision, e.status, e.hours, e.score,"
                    + " e.completedOn from Enrolment e where e.current = true", Object[].class).getResultList()) {
                current.put(r[1] + "|" + r[2], new Current((Long) r[0], (Integer) r[3], (AttendanceStatus) r[4],
                        (Double) r[5], (Integer) r[6], (LocalDate) r[7]));
                taken.merge((Long) r[1], 1, Integer::sum);
            }
            return null;
        });
        LocalDate today = LocalDate.now();
        List<Good> good = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (XlsxReader.Row r : rows.subList(1, rows.size())) {
            if (++n % 5000 == 0) {
                progress.worked(n, total * 2, TrainingMessages.bind(TrainingMessages.checking_row, r.number()));
                if (progress.isCancelled()) {
                    return cancelled(total, errors);
                }
            }
            int before = errors.size();
            String sessionCode = text(r, col, "session"), cadreCode = text(r, col, "cadre");
            TrainingSession s = sessions.get(sessionCode);
            if (sessionCode.isEmpty()) {
                errors.add(new RowError(r.number(), head("session"), TrainingMessages.required));
            } else if (s == null || !TrainingAccess.sees(subject, s)) {
                errors.add(new RowError(r.number(), head("session"), TrainingMessages.bind(TrainingMessages.no_session, sessionCode)));
                s = null;
            }
            CadreView cadre = cadres.get(cadreCode);
            if (cadreCode.isEmpty()) {
                errors.add(new RowError(r.number(), head("cadre"), TrainingMessages.required));
            } else if (cadre == null) {
                errors.add(new RowError(r.number(), head("cadre"), TrainingMessages.bind(TrainingMessages.no_cadre, cadreCode)));
            } else {
                String name = text(r, col, "name");
                if (!name.isEmpty() && !name.equals(cadre.name())) {
                    errors.add(new RowError(r.number(), head("name"), TrainingMessages.bind(TrainingMessages.name_mismatch,
                            name, cadreCode, cadre.name())));
                }
            }
            if (s != null && cadre != null && !seen.add(s.id + "|" + cadre.code())) {
                errors.add(new RowError(r.number(), head("cadre"), TrainingMessages.bind(TrainingMessages.twice, cadreCode, sessionCode)));
            }
            AttendanceStatus status = AttendanceStatus.ENROLLED;
            Double hours = null;
            Integer score = null;
            LocalDate completed = null;
            if (kind == ImportKind.ATTENDANCE) {
                completed = date(r, col, "completed", errors);
                String st = text(r, col, "status");
                status = st.isEmpty() ? (completed != null ? AttendanceStatus.COMPLETED : AttendanceStatus.ATTENDED)
                        : AttendanceStatus.parse(st).orElse(null);
                if (status == null) {
                    errors.add(new RowError(r.number(), head("status"), TrainingMessages.bind(TrainingMessages.unknown_status, st)));
                }
                hours = number(r, col, "hours", errors);
                Double sc = number(r, col, "score", errors);
                if (sc != null) {
                    if (sc != Math.rint(sc)) {
                        errors.add(new RowError(r.number(), head("score"),
                                TrainingMessages.bind(TrainingMessages.score_range, text(r, col, "score"))));
                    } else {
                        score = sc.intValue();
                    }
                }
                if (s != null && status != null) {
                    // range and date checks of the service; a column already reported for this row is not reported twice
                    Set<String> reported = new HashSet<>();
                    errors.subList(before, errors.size()).forEach(x -> reported.add(x.column()));
                    Map<String, String> byLabel = Map.of(TrainingMessages.f_hours, head("hours"), TrainingMessages.f_score,
                            head("score"), TrainingMessages.f_completed, head("completed"), TrainingMessages.f_status, head("status"));
                    for (String p : Enrolments.validateRecord(s, status, hours, score, completed, today)) {
                        int colon = p.indexOf(": ");
                        String column = colon > 0 ? byLabel.getOrDefault(p.substring(0, colon), p.substring(0, colon)) : null;
                        if (!reported.contains(column)) {
                            errors.add(new RowError(r.number(), column, colon > 0 ? p.substring(colon + 2) : p));
                        }
                    }
                }
            }
            if (errors.size() == before) {
                if (kind == ImportKind.ROSTER && !current.containsKey(s.id + "|" + cadre.code())) {
                    int t = taken.merge(s.id, 1, Integer::sum);
                    if (t > s.capacity) {
                        errors.add(new RowError(r.number(), head("session"), TrainingMessages.bind(TrainingMessages.session_full,
                                s.code, s.capacity)));
                        continue;
                    }
                }
                good.add(new Good(r.number(), s.id, cadre, status, hours, score, completed));
            }
        }
        boolean anyBad = !errors.isEmpty();
        if (anyBad && !goodRowsOnly) {
            return new ImportReport(total, 0, 0, errors, false);
        }
        try {
            int[] counts = write(good, current, kind, total, progress, "training-import:" + file.getFileName(),
                    errors.stream().mapToInt(RowError::row).distinct().count());
            return new ImportReport(total, counts[0], counts[1], errors, true);
        } catch (CancellationException e) {
            return cancelled(total, errors);
        }
    }

    private static ImportReport cancelled(int total, List<RowError> errors) {
        List<RowError> all = new ArrayList<>(errors);
        all.add(new RowError(0, null, TrainingMessages.cancelled));
        return new ImportReport(total, 0, 0, all, false);
    }

    /** Progress of writing row {@code i} of {@code good}, after the {@code total} rows checked first (of 2 × total). */
    static int writingDone(int i, int good, int total) {
        return total + (int) ((long) i * total / Math.max(1, good)); // i * total passes 2^31 from 46 341 rows
    }

    /** Writes in one transaction, flushing and clearing every few thousand rows to keep memory flat. */
    private int[] write(List<Good> good, Map<String, Current> current, ImportKind kind, int total, Progress progress,
            String target, long badRows) {
        Instant now = Instant.now();
        return service.store.db().tx(em -> {
            int added = 0, updated = 0, i = 0;
            Map<Long, TrainingSession> sessions = new HashMap<>();
            List<Long> superseded = new ArrayList<>();
            for (Good g : good) {
                Current cur = current.get(g.sessionId() + "|" + g.cadre().code());
                if (cur != null && (kind == ImportKind.ROSTER || same(cur, g))) {
                    continue; // already enrolled, or nothing changed: no new revision
                }
                TrainingSession s = sessions.computeIfAbsent(g.sessionId(), id -> em.find(TrainingSession.class, id));
                Enrolment e = new Enrolment();
                e.session = s;
                e.cadreCode = g.cadre().code();
                e.cadreName = g.cadre().name();
                e.orgPath = g.cadre().orgPath();
                e.revision = cur == null ? 1 : cur.revision() + 1;
                e.current = true;
                e.status = g.status();
                e.hours = g.hours();
                e.score = g.score();
                e.completedOn = g.completedOn();
                e.note = EnrolmentNotes.IMPORTED;
                e.recordedBy = subject.username();
                e.recordedAt = now;
                if (cur == null) {
                    added++;
                } else {
                    superseded.add(cur.id());
                    updated++;
                }
                em.persist(e);
                if (++i % CHUNK == 0) {
                    flush(em, superseded, sessions);
                    progress.worked(writingDone(i, good.size(), total), total * 2,
                            TrainingMessages.bind(TrainingMessages.writing_row, g.row()));
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                }
            }
            flush(em, superseded, sessions);
            // the rows and their audit entry commit together
            service.audit.append(em, subject, AuditLog.CHANGE, target, kind + " rows=" + total + " added=" + added + " updated="
                    + updated + " bad=" + badRows + " imported=true");
            return new int[] { added, updated };
        });
    }

    private static void flush(EntityManager em, List<Long> superseded, Map<Long, TrainingSession> sessions) {
        for (int from = 0; from < superseded.size(); from += 1000) {
            em.createQuery("update Enrolment e set e.current = false where e.id in :ids")
                    .setParameter("ids", superseded.subList(from, Math.min(superseded.size(), from + 1000))).executeUpdate();
        }
        superseded.clear();
        em.flush();
        em.clear();
        sessions.clear();
    }

    private static boolean same(Current c, Good g) {
        return c.status() == g.status() && Objects.equals(c.hours(), g.hours()) && Objects.equals(c.score(), g.score())
                && Objects.equals(c.completedOn(), g.completedOn());
    }

    private Map<String, Integer> columns(XlsxReader.Row header, Map<String, String> mapping, ImportKind kind, List<RowError> errors) {
        Map<String, Integer> col = new HashMap<>();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            if (!FIELDS.containsKey(m.getKey())) {
                errors.add(new RowError(header.number(), m.getKey(), TrainingMessages.bind(TrainingMessages.unknown_field,
                        m.getKey(), String.join(", ", FIELDS.keySet()))));
            }
        }
        for (Map.Entry<String, List<String>> f : FIELDS.entrySet()) {
            String wanted = mapping.get(f.getKey());
            for (int c = 0; c < header.cells().size(); c++) {
                String h = header.cell(c).strip().toLowerCase(Locale.ROOT);
                if (wanted != null ? h.equals(wanted.strip().toLowerCase(Locale.ROOT)) : f.getValue().contains(h)) {
                    col.put(f.getKey(), c);
                    headers.put(f.getKey(), header.cell(c).strip());
                }
            }
            if (wanted != null && !col.containsKey(f.getKey())) {
                errors.add(new RowError(header.number(), wanted, TrainingMessages.bind(TrainingMessages.no_such_header, wanted)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String req : List.of("session", "cadre")) {
            if (!col.containsKey(req)) {
                missing.add(head(req));
            }
        }
        if (kind == ImportKind.ATTENDANCE && !col.containsKey("status") && !col.containsKey("completed")) {
            missing.add(head("status") + "/" + head("completed"));
        }
        if (!missing.isEmpty()) {
            errors.add(new RowError(header.number(), null, TrainingMessages.bind(TrainingMessages.missing_columns,
                    String.join(", ", missing))));
        }
        return col;
    }

    /** The column's header as the file writes it, else the field's usual Chinese header. */
    private String head(String field) {
        return headers.getOrDefault(field, FIELDS.get(field).get(0));
    }

    private static String text(XlsxReader.Row r, Map<String, Integer> col, String field) {
        Integer c = col.get(field);
        return c == null ? "" : r.cell(c).strip();
    }

    private Double number(XlsxReader.Row r, Map<String, Integer> col, String field, List<RowError> errors) {
        String t = text(r, col, field);
        if (t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new RowError(r.number(), head(field), TrainingMessages.bind(TrainingMessages.not_number, t)));
        return null;
    }

    /** ISO, 2024/3/5, 2024年3月5日 or an Excel date serial. */
    private LocalDate date(XlsxReader.Row r, Map<String, Integer> col, String field, List<RowError> errors) {
        String t = text(r, col, field);
        if (t.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = XlsxReader.date(t);
        if (d.isPresent()) {
            return d.get();
        }
        errors.add(new RowError(r.number(), head(field), TrainingMessages.bind(TrainingMessages.not_date, t)));
        return null;
    }
}
