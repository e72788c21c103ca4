package org.jiandu.training.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jiandu.core.Hashes;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.Progress;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.TownshipStaffing;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationPost;
import org.jiandu.training.RotationView;
import org.jiandu.training.Rule;
import org.jiandu.training.SessionView;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.TrainingService;
import org.jiandu.training.TrainingValidationException;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.CadreFacts;
import org.jiandu.training.rules.CadreFacts.Attendance;
import org.jiandu.training.rules.CadreFacts.Reelection;
import org.jiandu.training.rules.CadreFacts.Regulation;
import org.jiandu.training.rules.CadreFacts.RotationFact;
import org.jiandu.training.rules.ComplianceEvaluator;
import org.jiandu.training.rules.Outcome;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Training records in the module's own tables, scoped by the organisation path kept on each row. */
@Component(service = TrainingService.class)
public class JpaTrainingService implements TrainingService {

    @Reference
    TrainingStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    /** Where certificates are kept; present while a data directory is open (the app and the CLI publish it). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    // ------------------------------------------------------------------ access

    static void checkEditor(Subject s) {
        if (!s.role().canEdit()) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_edit, s.username()));
        }
    }

    private static void checkRuleEditor(Subject s) {
        if (!s.role().actsForCounty()) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_change_rules, s.username()));
        }
    }

    /**
     * Plans sessions, rotations, postings and re-elections: editors of the commissions, not trainers (a trainer only
     * records the sessions they run).
     */
    static void checkPlanner(Subject s) {
        checkEditor(s);
        if (s.role() == Role.TRAINER) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_edit, s.username()));
        }
    }

    /**
     * A trainer works on the sessions whose trainer account they are (inside their scope, checked when the trainer was
     * named); everyone else on the sessions of their scope.
     */
    static boolean sees(Subject s, TrainingSession session) {
        return s.role() == Role.TRAINER ? s.username().equals(session.trainer) : s.covers(session.orgPath);
    }

    static void checkRecorder(Subject s, TrainingSession session) {
        checkEditor(s);
        if (!sees(s, session)) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.not_your_session, session.code, s.username()));
        }
    }

    // ------------------------------------------------------------------ sessions

    @Override
    public List<SessionView> sessions(Subject subject, Integer year, CourseKind kind, String text) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return store.db().read(em -> {
            TypedQuery<TrainingSession> q = em.createQuery("select s from TrainingSession s join fetch s.course c where"
                    + (subject.role() == Role.TRAINER ? " s.trainer = :me" : " s.orgPath like :scope")
                    + (year == null ? "" : " and s.startOn between :from and :to")
                    + (kind == null ? "" : " and c.kind = :kind")
                    + (like == null ? "" : " and (lower(s.code) like :t or lower(c.title) like :t)")
                    + " order by s.startOn desc, s.code", TrainingSession.class);
            if (subject.role() == Role.TRAINER) {
                q.setParameter("me", subject.username());
            } else {
                q.setParameter("scope", subject.scopePath() + "%");
            }
            if (year != null) {
                q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
            }
            if (kind != null) {
                q.setParameter("kind", kind);
            }
            if (like != null) {
                q.setParameter("t", like);
            }
            List<TrainingSession> found = q.getResultList();
            Map<Long, long[]> counts = counts(em);
            return found.stream().map(s -> view(s, counts.getOrDefault(s.id, new long[2]))).toList();
        });
    }

    /** Per session id: cadres with a current record, and of them completed. */
    private static Map<Long, long[]> counts(EntityManager em) {
        return counts(em, null);
    }

    /** The same for one session only (when {@code sessionId} is not null). */
    private static Map<Long, long[]> counts(EntityManager em, Long sessionId) {
        Map<Long, long[]> m = new HashMap<>();
        var q = em.createQuery("select e.session.id, e.status, count(e) from Enrolment e where e.current = true"
                + (sessionId == null ? "" : " and e.session.id = :id") + " group by e.session.id, e.status", Object[].class);
        if (sessionId != null) {
            q.setParameter("id", sessionId);
        }
        for (Object[] r : q.getResultList()) {
            long[] c = m.computeIfAbsent((Long) r[0], k -> new long[2]);
            c[0] += (Long) r[2];
            if (r[1] == AttendanceStatus.COMPLETED) {
                c[1] += (Long) r[2];
            }
        }
        return m;
    }

    static SessionView view(TrainingSession s, long[] counts) {
        TrainingCourse c = s.course;
        return new SessionView(s.id, s.version, s.code, c.code, c.kind, c.title, c.hours, s.startOn, s.endOn, s.place,
                s.trainer, s.capacity, s.orgCode, c.regulation, c.regulationEffective, (int) counts[0], (int) counts[1]);
    }

    @Override
    public SessionView saveSession(Subject subject, SessionView d) {
        checkPlanner(subject);
        List<String> problems = new ArrayList<>();
        String code = d.code() == null ? "" : d.code().strip();
        if (code.isEmpty()) {
            problems.add(TrainingMessages.f_code + ": " + TrainingMessages.required);
        } else if (code.length() > 64) {
            problems.add(TrainingMessages.f_code + ": " + TrainingMessages.bind(TrainingMessages.too_long, 64));
        }
        if (d.kind() == null) {
            problems.add(TrainingMessages.f_kind + ": " + TrainingMessages.required);
        }
        if (d.title() == null || d.title().isBlank()) {
            problems.add(TrainingMessages.f_title + ": " + TrainingMessages.required);
        } else if (d.title().strip().length() > 200) {
            problems.add(TrainingMessages.f_title + ": " + TrainingMessages.bind(TrainingMessages.too_long, 200));
        }
        if (!(d.hours() > 0 && d.hours() <= 500)) {
            problems.add(TrainingMessages.f_hours + ": " + TrainingMessages.bind(TrainingMessages.hours_range, d.hours()));
        }
        if (d.start() == null || d.end() == null) {
            problems.add(TrainingMessages.f_dates + ": " + TrainingMessages.required);
        } else if (d.end().isBefore(d.start())) {
            problems.add(TrainingMessages.f_dates + ": " + TrainingMessages.bind(TrainingMessages.end_before_start, d.end(), d.start()));
        }
        if (d.capacity() < 1 || d.capacity() > 100_000) {
            problems.add(TrainingMessages.f_capacity + ": " + TrainingMessages.bind(TrainingMessages.capacity_range, d.capacity()));
        }
        if (d.kind() == CourseKind.NEW_REGULATION && (d.regulation() == null || d.regulation().isBlank() || d.regulationEffective() == null)) {
            problems.add(TrainingMessages.f_regulation + ": " + TrainingMessages.regulation_needed);
        }
        OrgNodeView org = null;
        String orgCode = d.orgCode() == null || d.orgCode().isBlank() ? subject.scopeCode() : d.orgCode().strip();
        Optional<OrgNodeView> found = orgs.find(subject, orgCode);
        if (found.isEmpty() || !subject.covers(found.get().path())) {
            problems.add(TrainingMessages.f_org + ": " + TrainingMessages.bind(TrainingMessages.org_outside, orgCode));
        } else {
            org = found.get();
        }
        // a new-regulation course requires training of every cadre of its owner (county or city): the owner's decision
        String regulationOwner = d.kind() == CourseKind.NEW_REGULATION ? regulationOwner(subject) : null;
        String trainer = blankToNull(d.trainer());
        if (trainer != null && org != null && !isTrainerFor(trainer, org.path())) {
            problems.add(TrainingMessages.f_trainer + ": " + TrainingMessages.bind(TrainingMessages.no_trainer, trainer));
        }
        if (!problems.isEmpty()) {
            throw new TrainingValidationException(problems);
        }
        OrgNodeView o = org;
        Instant now = Instant.now();
        String[] before = { "" };
        SessionView saved = store.db().tx(em -> {
            TrainingSession s;
            if (d.id() == 0) {
                if (bySessionCode(em, code).isPresent()) {
                    throw new TrainingValidationException(List.of(TrainingMessages.f_code + ": "
                            + TrainingMessages.bind(TrainingMessages.session_exists, code)));
                }
                s = new TrainingSession();
            } else {
                s = em.find(TrainingSession.class, d.id());
                if (s == null || !sees(subject, s)) {
                    throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.not_your_session, code, subject.username()));
                }
                checkRecorder(subject, s);
                if (s.version != d.version()) {
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale, code));
                }
                before[0] = " (was " + describe(view(s, new long[2])) + ")"; // the audit log keeps the old values
            }
            String courseCode = d.courseCode() == null || d.courseCode().isBlank() ? code : d.courseCode().strip();
            TrainingCourse c = em.createQuery("select c from TrainingCourse c where c.code = :c", TrainingCourse.class)
                    .setParameter("c", courseCode).getResultStream().findFirst().orElse(null);
            if (c != null && c.kind == CourseKind.NEW_REGULATION && d.kind() != CourseKind.NEW_REGULATION) {
                regulationOwner(subject); // turning a requirement off is the owner's decision too
            }
            if (c != null && (!subject.covers(c.orgPath) || (c.kind == CourseKind.NEW_REGULATION && c.ownerPath != null
                    && !subject.covers(c.ownerPath)))) {
                // a course of another county or township is not changed through a session's course code
                throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.not_your_course, courseCode, subject.username()));
            }
            if (c == null) {
                c = new TrainingCourse();
                c.code = courseCode;
                c.orgCode = o.code();
                c.orgPath = o.path();
            }
            c.kind = d.kind();
            c.title = d.title().strip();
            c.hours = d.hours();
            c.regulation = blankToNull(d.regulation());
            c.regulationEffective = d.regulationEffective();
            c.ownerPath = d.kind() == CourseKind.NEW_REGULATION ? regulationOwner : null;
            c.updatedBy = subject.username();
            c.updatedAt = now;
            if (c.id == 0) {
                em.persist(c);
            }
            s.code = code;
            s.course = c;
            s.startOn = d.start();
            s.endOn = d.end();
            s.place = blankToNull(d.place());
            s.trainer = trainer;
            s.capacity = d.capacity();
            s.orgCode = o.code();
            s.orgPath = o.path();
            if (s.id == 0) {
                em.persist(s);
            }
            em.flush();
            SessionView v = view(s, counts(em, s.id).getOrDefault(s.id, new long[2]));
            audit.append(em, subject, AuditLog.CHANGE, "training-session:" + code, (d.id() == 0 ? "created " : "updated ")
                    + describe(v) + before[0]);
            return v;
        });
        return saved;
    }

    /** The owner of a new-regulation requirement the subject sets: their county, or null (the city's); else refused. */
    private static String regulationOwner(Subject subject) {
        if (!subject.role().actsForCounty()) {
            throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_set_regulation, subject.username()));
        }
        return ownerFor(subject);
    }

    /** Whether {@code username} is an active trainer's account whose scope covers the organisation at {@code orgPath}. */
    private boolean isTrainerFor(String username, String orgPath) {
        return store.database.read(em -> em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", username).getResultStream().findFirst()
                .filter(u -> u.isActive() && u.getRole() == Role.TRAINER && orgPath.startsWith(u.getScope().getPath()))
                .isPresent());
    }

    private static String describe(Rule r) {
        return "amount=" + r.amount() + " dueSoon=" + r.dueSoonDays() + " validDays=" + r.validDays() + " active=" + r.active()
                + " roles=" + r.roles().stream().map(Enum::name).sorted().toList() + (r.postDays().isEmpty() ? "" : " posts=" + r.postDays())
                + (r.appliesFrom() == null ? "" : " from=" + r.appliesFrom());
    }

    private static String describe(SessionView v) {
        return v.kind() + " \"" + v.title() + "\" " + v.hours() + "h " + v.start() + ".." + v.end() + " place=" + v.place()
                + " trainer=" + v.trainer() + " capacity=" + v.capacity() + (v.regulation() == null ? "" : " regulation="
                        + v.regulation() + "@" + v.regulationEffective());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Optional<TrainingSession> bySessionCode(EntityManager em, String code) {
        return em.createQuery("select s from TrainingSession s join fetch s.course where s.code = :c", TrainingSession.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    private TrainingSession session(EntityManager em, Subject subject, String code) {
        TrainingSession s = bySessionCode(em, code).orElse(null);
        if (s == null || !sees(subject, s)) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_session, code)));
        }
        return s;
    }

    // ------------------------------------------------------------------ enrolment

    @Override
    public List<EnrolmentView> attendance(Subject subject, String sessionCode) {
        return store.db().read(em -> {
            TrainingSession s = session(em, subject, sessionCode);
            return em.createQuery("select e from Enrolment e where e.session = :s and e.current = true order by e.cadreCode",
                    Enrolment.class).setParameter("s", s).getResultList().stream()
                    // session() has checked that the subject sees the session; its records are theirs to read
                    .map(JpaTrainingService::view).toList();
        });
    }

    static EnrolmentView view(Enrolment e) {
        TrainingCourse c = e.session.course;
        return new EnrolmentView(e.id, e.session.code, c.title, c.kind, e.session.startOn, e.cadreCode, e.cadreName,
                e.revision, e.current, e.status, e.hours, e.score, e.completedOn, e.certificateSha, e.note, e.recordedBy,
                e.recordedAt);
    }

    private CadreView cadre(Subject subject, String code) {
        return cadres(subject).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_cadre, code))));
    }

    List<CadreView> cadres(Subject subject) {
        return orgs.cadres(subject, null, Integer.MAX_VALUE);
    }

    @Override
    public EnrolmentView enrol(Subject subject, String sessionCode, String cadreCode, String note) {
        checkEditor(subject);
        CadreView c = cadre(subject, cadreCode);
        return store.db().tx(em -> {
            EnrolmentView v = enrol(em, subject, session(em, subject, sessionCode), c, note, Instant.now());
            audit.append(em, subject, AuditLog.CHANGE, "training-session:" + sessionCode, "enrolled " + cadreCode);
            return v;
        });
    }

    private static EnrolmentView enrol(EntityManager em, Subject subject, TrainingSession s, CadreView c, String note, Instant now) {
        checkRecorder(subject, s);
        if (current(em, s, c.code()).isPresent()) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.already_enrolled, c.code(), s.code)));
        }
        long taken = em.createQuery("select count(e) from Enrolment e where e.session = :s and e.current = true", Long.class)
                .setParameter("s", s).getSingleResult();
        if (taken >= s.capacity) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.session_full, s.code, s.capacity)));
        }
        Enrolment e = new Enrolment();
        e.session = s;
        e.cadreCode = c.code();
        e.cadreName = c.name();
        e.orgPath = c.orgPath();
        e.revision = 1;
        e.current = true;
        e.status = AttendanceStatus.ENROLLED;
        e.note = blankToNull(note);
        e.recordedBy = subject.username();
        e.recordedAt = now;
        em.persist(e);
        return view(e);
    }

    static Optional<Enrolment> current(EntityManager em, TrainingSession s, String cadreCode) {
        return em.createQuery("select e from Enrolment e where e.session = :s and e.cadreCode = :c and e.current = true",
                Enrolment.class).setParameter("s", s).setParameter("c", cadreCode).getResultStream().findFirst();
    }

    @Override
    public EnrolmentView record(Subject subject, String sessionCode, String cadreCode, int expectedRevision,
            AttendanceStatus status, Double hours, Integer score, LocalDate completedOn, String reason) {
        checkEditor(subject);
        EnrolmentView v = store.db().tx(em -> {
            TrainingSession s = session(em, subject, sessionCode);
            checkRecorder(subject, s);
            Enrolment cur = current(em, s, cadreCode).orElseThrow(() -> new TrainingValidationException(
                    List.of(TrainingMessages.bind(TrainingMessages.not_enrolled, cadreCode, sessionCode))));
            if (cur.revision != expectedRevision) {
                throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale_record, cadreCode, sessionCode,
                        cur.recordedBy, cur.revision));
            }
            List<String> problems = validateRecord(s, status, hours, score, completedOn, LocalDate.now());
            if (!problems.isEmpty()) {
                throw new TrainingValidationException(problems);
            }
            cur.current = false;
            Enrolment next = cur.next(subject.username(), Instant.now());
            next.status = status;
            next.hours = hours;
            next.score = score;
            next.completedOn = completedOn;
            next.note = blankToNull(reason);
            em.persist(next);
            audit.append(em, subject, AuditLog.CHANGE, "training-session:" + sessionCode, "recorded " + cadreCode + " rev "
                    + next.revision + " " + status + (completedOn == null ? "" : " " + completedOn));
            return view(next);
        });
        return v;
    }

    /** Problems with a record's values for a session, one line each (shared with the importer). */
    static List<String> validateRecord(TrainingSession s, AttendanceStatus status, Double hours, Integer score,
            LocalDate completedOn, LocalDate today) {
        List<String> p = new ArrayList<>();
        if (status == null) {
            p.add(TrainingMessages.f_status + ": " + TrainingMessages.required);
        }
        if (hours != null && (hours < 0 || hours > s.course.hours)) {
            p.add(TrainingMessages.f_hours + ": " + TrainingMessages.bind(TrainingMessages.hours_over, hours, s.course.hours));
        }
        if (score != null && (score < 0 || score > 100)) {
            p.add(TrainingMessages.f_score + ": " + TrainingMessages.bind(TrainingMessages.score_range, score));
        }
        if (status == AttendanceStatus.COMPLETED && completedOn == null) {
            p.add(TrainingMessages.f_completed + ": " + TrainingMessages.completion_needed);
        }
        if (completedOn != null) {
            if (status != AttendanceStatus.COMPLETED) {
                p.add(TrainingMessages.f_completed + ": " + TrainingMessages.completion_only_when_completed);
            } else if (completedOn.isBefore(s.startOn)) {
                p.add(TrainingMessages.f_completed + ": " + TrainingMessages.bind(TrainingMessages.completion_before_start,
                        completedOn, s.startOn));
            } else if (completedOn.isAfter(today)) {
                p.add(TrainingMessages.f_completed + ": " + TrainingMessages.bind(TrainingMessages.future, completedOn));
            }
        }
        return p;
    }

    @Override
    public List<EnrolmentView> history(Subject subject, String sessionCode, String cadreCode) {
        List<EnrolmentView> found = store.db().read(em -> {
            TrainingSession s = session(em, subject, sessionCode);
            return em.createQuery("select e from Enrolment e where e.session = :s and e.cadreCode = :c order by e.revision",
                    Enrolment.class).setParameter("s", s).setParameter("c", cadreCode).getResultList().stream()
                    .map(JpaTrainingService::view).toList();
        });
        // a cadre's training record is confidential: every reading is audited, like the transcript
        audit.append(subject, AuditLog.READ, "training-record:" + cadreCode, "session " + sessionCode + ", " + found.size() + " revisions");
        return found;
    }

    // ------------------------------------------------------------------ rotations, posting, events

    @Override
    public List<RotationView> rotations(Subject subject, String cadreCode) {
        List<RotationView> found = rotationViews(subject, cadreCode);
        audit.append(subject, AuditLog.READ, "training-rotations:" + cadreCode, found.size() + " rotations");
        return found;
    }

    private List<RotationView> rotationViews(Subject subject, String cadreCode) {
        return store.db().read(em -> em.createQuery("select r from Rotation r where r.cadreCode = :c and r.current = true"
                + " and r.orgPath like :p order by r.startOn", Rotation.class).setParameter("c", cadreCode)
                .setParameter("p", subject.scopePath() + "%").getResultList().stream().map(JpaTrainingService::view).toList());
    }

    static RotationView view(Rotation r) {
        return new RotationView(r.key, r.revision, r.cadreCode, r.cadreName, r.post, r.mentor, r.startOn, r.endOn,
                r.signedOffBy, r.signedOffOn, r.appraisal, r.recordedBy, r.recordedAt);
    }

    @Override
    public RotationView saveRotation(Subject subject, RotationView d) {
        checkPlanner(subject);
        CadreView c = cadre(subject, d.cadreCode());
        List<String> p = new ArrayList<>();
        if (d.post() == null) {
            p.add(TrainingMessages.f_post + ": " + TrainingMessages.required);
        }
        if (d.start() == null) {
            p.add(TrainingMessages.f_dates + ": " + TrainingMessages.required);
        } else if (d.end() != null && d.end().isBefore(d.start())) {
            p.add(TrainingMessages.f_dates + ": " + TrainingMessages.bind(TrainingMessages.end_before_start, d.end(), d.start()));
        }
        if (d.signedOffOn() != null && (d.signedOffBy() == null || d.signedOffBy().isBlank())) {
            p.add(TrainingMessages.f_signoff + ": " + TrainingMessages.signoff_needs_mentor);
        }
        if (d.signedOffOn() != null && d.start() != null && d.signedOffOn().isBefore(d.start())) {
            p.add(TrainingMessages.f_signoff + ": " + TrainingMessages.bind(TrainingMessages.completion_before_start, d.signedOffOn(), d.start()));
        }
        if (d.signedOffOn() != null && d.signedOffOn().isAfter(LocalDate.now())) {
            p.add(TrainingMessages.f_signoff + ": " + TrainingMessages.bind(TrainingMessages.future, d.signedOffOn()));
        }
        if (!p.isEmpty()) {
            throw new TrainingValidationException(p);
        }
        RotationView v = store.db().tx(em -> {
            Rotation prev = null;
            if (d.key() != null) {
                prev = em.createQuery("select r from Rotation r where r.key = :k and r.current = true", Rotation.class)
                        .setParameter("k", d.key()).getResultStream().findFirst().orElse(null);
                if (prev == null || !subject.covers(prev.orgPath)) {
                    throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_rotation, d.key())));
                }
                if (prev.revision != d.revision()) {
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale_record, c.code(),
                            prev.post.chinese(), prev.recordedBy, prev.revision));
                }
                prev.current = false;
            }
            Rotation r = new Rotation();
            r.key = prev == null ? UUID.randomUUID().toString() : prev.key;
            r.revision = prev == null ? 1 : prev.revision + 1;
            r.current = true;
            r.cadreCode = c.code();
            r.cadreName = c.name();
            r.orgPath = c.orgPath();
            r.post = d.post();
            r.mentor = blankToNull(d.mentor());
            r.startOn = d.start();
            r.endOn = d.end();
            r.signedOffBy = blankToNull(d.signedOffBy());
            r.signedOffOn = d.signedOffOn();
            r.appraisal = blankToNull(d.appraisal());
            r.recordedBy = subject.username();
            r.recordedAt = Instant.now();
            em.persist(r);
            audit.append(em, subject, AuditLog.CHANGE, "training-rotation:" + c.code(), r.post + " rev " + r.revision
                    + (r.signedOffOn == null ? "" : " signed off " + r.signedOffOn));
            return view(r);
        });
        return v;
    }

    @Override
    public List<String> pipelineGaps(Subject subject, String cadreCode, LocalDate day) {
        CadreView c = cadre(subject, cadreCode);
        Rule rule = rule(rulesFor(allRules(), c.orgPath()), RequirementKind.PRE_JOB_PIPELINE);
        Facts f = facts(subject, List.of(c));
        return ComplianceEvaluator.pipelineGaps(rule, f.cadres.get(0), day);
    }

    @Override
    public void confirmOnPost(Subject subject, String cadreCode, LocalDate day) {
        checkPlanner(subject);
        List<String> gaps = pipelineGaps(subject, cadreCode, day);
        if (!gaps.isEmpty()) {
            audit.append(subject, AuditLog.CHANGE, "training-posting:" + cadreCode, "refused: " + String.join("; ", gaps));
            throw new PipelineIncompleteException(gaps);
        }
        CadreView c = cadre(subject, cadreCode);
        store.db().txRun(em -> {
            em.persist(event(TrainingEvent.POSTED, c.orgCode(), c.orgPath(), c.orgName(), c.code(), day, subject));
            audit.append(em, subject, AuditLog.CHANGE, "training-posting:" + cadreCode, "confirmed on post " + day);
        });
    }

    private static TrainingEvent event(String type, String orgCode, String orgPath, String orgName, String cadre,
            LocalDate day, Subject subject) {
        TrainingEvent e = new TrainingEvent();
        e.type = type;
        e.orgCode = orgCode;
        e.orgPath = orgPath;
        e.orgName = orgName;
        e.cadreCode = cadre;
        e.happenedOn = day;
        e.recordedBy = subject.username();
        e.recordedAt = Instant.now();
        return e;
    }

    @Override
    public void recordReelection(Subject subject, String townshipCode, LocalDate heldOn) {
        checkPlanner(subject);
        OrgNodeView t = orgs.find(subject, townshipCode).filter(o -> subject.covers(o.path()))
                .orElseThrow(() -> new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.org_outside, townshipCode))));
        if (t.level() != OrgLevel.TOWNSHIP) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.not_township, t.name())));
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now())) {
            throw new TrainingValidationException(List.of(TrainingMessages.f_dates + ": "
                    + TrainingMessages.bind(TrainingMessages.future, heldOn)));
        }
        store.db().txRun(em -> {
            em.persist(event(TrainingEvent.REELECTION, t.code(), t.path(), t.name(), null, heldOn, subject));
            audit.append(em, subject, AuditLog.CHANGE, "training-reelection:" + townshipCode, "held " + heldOn);
        });
    }

    // ------------------------------------------------------------------ rules

    /**
     * The rules in force for the subject's scope: the city's, each replaced by the county's own of its kind when the
     * scope lies in a county that has one.
     */
    @Override
    public List<Rule> rules(Subject subject) {
        return rulesFor(allRules(), subject.scopePath());
    }

    private List<TrainingRule> allRules() {
        return store.db().read(em -> em.createQuery("select r from TrainingRule r order by r.id", TrainingRule.class).getResultList());
    }

    /** Per kind the rule whose owner covers {@code path} most closely (a county's own before the city's). */
    static List<Rule> rulesFor(List<TrainingRule> all, String path) {
        Map<RequirementKind, TrainingRule> best = new EnumMap<>(RequirementKind.class);
        for (TrainingRule r : all) {
            if (r.ownerPath == null || (path != null && path.startsWith(r.ownerPath))) {
                best.merge(r.kind, r, (a, b) -> ownerDepth(b) > ownerDepth(a) ? b : a);
            }
        }
        return best.values().stream().sorted(Comparator.comparingLong((TrainingRule r) -> r.id)).map(JpaTrainingService::rule).toList();
    }

    private static int ownerDepth(TrainingRule r) {
        return r.ownerPath == null ? 0 : r.ownerPath.length();
    }

    /** The county part of an org path ("/city/county/"), or the path itself when it is the city's. */
    static String countyPath(String path) {
        if (path == null) {
            return "/";
        }
        int first = path.indexOf('/', 1), second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }

    /**
     * What the subject owns when they set a rule or a new-regulation requirement: their county (path), or null for the
     * city when their scope is the city. A scope below a county owns none.
     */
    private static String ownerFor(Subject subject) {
        String path = subject.scopePath();
        if (countyPath(path).equals(path)) {
            return path.indexOf('/', 1) == path.length() - 1 ? null : path; // "/city/" is the city's
        }
        throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_change_rules, subject.username()));
    }

    static Rule rule(TrainingRule r) {
        Set<CadreRole> roles = EnumSet.noneOf(CadreRole.class);
        for (String s : r.roles.split(",")) {
            if (!s.isBlank()) {
                roles.add(CadreRole.valueOf(s.strip()));
            }
        }
        Map<RotationPost, Integer> posts = new EnumMap<>(RotationPost.class);
        if (r.postDays != null) {
            for (String s : r.postDays.split(",")) {
                String[] kv = s.split(":");
                if (kv.length == 2) {
                    posts.put(RotationPost.valueOf(kv[0].strip()), Integer.parseInt(kv[1].strip()));
                }
            }
        }
        return new Rule(r.id, r.version, r.code, r.kind, r.amount, r.dueSoonDays, r.validDays, roles, posts, r.appliesFrom, r.active);
    }

    private static Rule rule(List<Rule> rules, RequirementKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow(
                () -> new IllegalStateException("no " + kind + " rule is configured"));
    }

    @Override
    public Rule saveRule(Subject subject, Rule rule) {
        checkRuleEditor(subject);
        List<String> p = new ArrayList<>();
        if (rule.amount() < 1 || rule.amount() > 3650) {
            p.add(TrainingMessages.f_amount + ": " + TrainingMessages.bind(TrainingMessages.amount_range, rule.amount()));
        }
        if (rule.dueSoonDays() < 0 || rule.dueSoonDays() > 365) {
            p.add(TrainingMessages.f_due_soon + ": " + TrainingMessages.bind(TrainingMessages.amount_range, rule.dueSoonDays()));
        }
        if (rule.roles().isEmpty()) {
            p.add(TrainingMessages.f_roles + ": " + TrainingMessages.required);
        }
        rule.postDays().forEach((post, days) -> {
            if (days < 0 || days > 365) {
                p.add(post.chinese() + ": " + TrainingMessages.bind(TrainingMessages.amount_range, days));
            }
        });
        if (!p.isEmpty()) {
            throw new TrainingValidationException(p);
        }
        Rule[] was = new Rule[1];
        String owner = ownerFor(subject);
        Rule saved = store.db().tx(em -> {
            TrainingRule found = em.find(TrainingRule.class, rule.id());
            if (found == null) {
                throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_rule, rule.code())));
            }
            if (found.version != rule.version()) {
                throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale, rule.code()));
            }
            if (found.ownerPath != null && !subject.covers(found.ownerPath)) {
                throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_change_rules, subject.username()));
            }
            was[0] = rule(found);
            TrainingRule r = found;
            if (found.ownerPath == null && owner != null) {
                // a county changes the city's rule for its own cadres only: its own rule of that kind
                if (em.createQuery("select count(r) from TrainingRule r where r.code = :c and r.ownerPath = :o", Long.class)
                        .setParameter("c", found.code).setParameter("o", owner).getSingleResult() > 0) {
                    // the county has its own rule since this one was read: the caller saw a rule no longer in force
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale, rule.code()));
                }
                r = new TrainingRule();
                r.code = found.code;
                r.kind = found.kind;
                r.ownerPath = owner;
                em.persist(r);
            }
            r.amount = rule.amount();
            r.dueSoonDays = rule.dueSoonDays();
            r.validDays = rule.validDays();
            r.roles = String.join(",", rule.roles().stream().map(Enum::name).sorted().toList());
            r.postDays = rule.postDays().isEmpty() ? null : String.join(",", rule.postDays().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey().name() + ":" + e.getValue()).toList());
            r.appliesFrom = rule.appliesFrom();
            r.active = rule.active();
            r.updatedBy = subject.username();
            r.updatedAt = Instant.now();
            em.flush();
            Rule now = rule(r);
            audit.append(em, subject, AuditLog.CHANGE, "training-rule:" + rule.code() + "@" + (owner == null ? "city" : owner),
                    describe(now) + " (was " + describe(was[0]) + ")");
            return now;
        });
        return saved;
    }

    // ------------------------------------------------------------------ facts and compliance

    /** What the evaluator needs for a set of cadres, read in a few queries. */
    record Facts(List<CadreFacts> cadres, List<Regulation> regulations, List<Reelection> reelections) {
    }

    Facts facts(Subject subject, List<CadreView> cadres) {
        Set<String> codes = new HashSet<>();
        cadres.forEach(c -> codes.add(c.code()));
        return store.db().read(em -> {
            Map<String, List<Attendance>> att = new HashMap<>();
            String scope = subject.scopePath() + "%";
            // sessions with their courses once, then only five narrow columns per record: the bulk of the rows
            Map<Long, TrainingSession> sessions = new HashMap<>();
            for (TrainingSession s : em.createQuery("select s from TrainingSession s join fetch s.course", TrainingSession.class)
                    .getResultList()) {
                sessions.put(s.id, s);
            }
            for (Object[] r : em.createQuery("select e.cadreCode, e.session.id, e.status, e.hours, e.completedOn from Enrolment e"
                    + " where e.current = true and e.orgPath like :p", Object[].class).setParameter("p", scope).getResultList()) {
                String code = (String) r[0];
                TrainingSession s = sessions.get((Long) r[1]);
                if (codes.contains(code) && s != null) {
                    TrainingCourse c = s.course;
                    double hours = r[3] != null ? (Double) r[3] : c.hours;
                    att.computeIfAbsent(code, k -> new ArrayList<>()).add(new Attendance(s.code, c.kind, c.title, s.startOn,
                            s.endOn, (AttendanceStatus) r[2], hours, (LocalDate) r[4], c.regulation));
                }
            }
            Map<String, List<RotationFact>> rot = new HashMap<>();
            for (Rotation r : em.createQuery("select r from Rotation r where r.current = true and r.orgPath like :p",
                    Rotation.class).setParameter("p", scope).getResultList()) {
                rot.computeIfAbsent(r.cadreCode, k -> new ArrayList<>()).add(new RotationFact(r.post, r.startOn, r.endOn,
                        r.signedOffBy, r.signedOffOn));
            }
            Map<String, LocalDate> posted = new HashMap<>();
            List<Reelection> reelections = new ArrayList<>();
            for (TrainingEvent e : em.createQuery("select e from TrainingEvent e order by e.happenedOn", TrainingEvent.class)
                    .getResultList()) {
                if (TrainingEvent.POSTED.equals(e.type)) {
                    posted.merge(e.cadreCode, e.happenedOn, (a, b) -> a.isBefore(b) ? a : b);
                } else if (TrainingEvent.REELECTION.equals(e.type)) {
                    reelections.add(new Reelection(e.orgPath, e.orgName, e.happenedOn));
                }
            }
            List<Regulation> regulations = em.createQuery("select distinct c.regulation, c.regulationEffective, c.ownerPath from"
                    + " TrainingCourse c where c.kind = :k and c.regulation is not null and c.regulationEffective is not null",
                    Object[].class).setParameter("k", CourseKind.NEW_REGULATION).getResultList().stream()
                    .map(r -> new Regulation((String) r[0], (LocalDate) r[1], (String) r[2])).toList();
            List<CadreFacts> facts = new ArrayList<>(cadres.size());
            for (CadreView c : cadres) {
                facts.add(new CadreFacts(c.code(), c.name(), townshipOf(c.orgPath()), c.orgPath(), c.role(), c.since(),
                        c.active(), posted.get(c.code()), att.getOrDefault(c.code(), List.of()), rot.getOrDefault(c.code(), List.of())));
            }
            return new Facts(facts, regulations, reelections);
        });
    }

    /** The township code in an org path ("/city/county/township/..."), or the county's code for county-level nodes. */
    static String townshipOf(String path) {
        String[] parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        return parts.length >= 3 ? parts[2] : parts.length >= 2 ? parts[1] : parts.length == 1 ? parts[0] : "";
    }

    /** Names of the given township/county codes, looked up once each. */
    Map<String, String> names(Subject subject, Set<String> codes) {
        Map<String, String> m = new HashMap<>();
        for (String code : codes) {
            // a county's own cadres (commission staff, stationed groups) show as the county's own level
            m.put(code, orgs.find(subject, code).map(o -> o.level() == OrgLevel.COUNTY
                    ? TrainingMessages.bind(TrainingMessages.county_level, o.name()) : o.name()).orElse(code));
        }
        return m;
    }

    @Override
    public ComplianceReport compliance(Subject subject, int year, LocalDate asOf) {
        return compliance(subject, Map.of(year, asOf)).get(0);
    }

    @Override
    public List<ComplianceReport> compliance(Subject subject, int fromYear, int toYear) {
        Map<Integer, LocalDate> years = new java.util.TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.put(y, TrainingService.asOf(y));
        }
        return compliance(subject, years);
    }

    /** One report per year (as of its date), from facts read once. */
    private List<ComplianceReport> compliance(Subject subject, Map<Integer, LocalDate> years) {
        List<CadreView> all = cadres(subject);
        List<TrainingRule> rules = allRules();
        Facts f = facts(subject, all);
        Map<String, ComplianceEvaluator> byCounty = new HashMap<>();
        java.util.function.Function<CadreFacts, ComplianceEvaluator> eval = c -> byCounty.computeIfAbsent(countyPath(c.orgPath()),
                p -> new ComplianceEvaluator(rulesFor(rules, p), f.regulations(), f.reelections()));
        Set<String> townships = new HashSet<>();
        f.cadres().forEach(c -> townships.add(c.townshipCode()));
        Map<String, String> names = names(subject, townships);
        List<ComplianceReport> reports = new ArrayList<>();
        years.forEach((year, asOf) -> reports.add(report(subject, eval, f, names, year, asOf)));
        return reports;
    }

    private ComplianceReport report(Subject subject, java.util.function.Function<CadreFacts, ComplianceEvaluator> eval, Facts f, Map<String, String> names, int year,
            LocalDate asOf) {
        List<CadreCompliance> rows = new ArrayList<>();
        int active = 0;
        for (CadreFacts c : f.cadres()) {
            if (!c.active() || (c.since() != null && c.since().isAfter(asOf))) {
                continue;
            }
            active++;
            List<Outcome> outcomes = eval.apply(c).evaluate(c, year, asOf);
            if (!outcomes.isEmpty()) {
                rows.add(new CadreCompliance(c.code(), c.name(), c.townshipCode(), names.get(c.townshipCode()), c.role(), outcomes));
            }
        }
        rows.sort(Comparator.comparing(CadreCompliance::townshipCode).thenComparing(CadreCompliance::cadreCode));
        audit.append(subject, AuditLog.READ, "training-compliance:" + year, "asOf=" + asOf + " cadres=" + rows.size());
        return new ComplianceReport(year, asOf, subject.scopeName(), active, rows);
    }

    @Override
    public Transcript transcript(Subject subject, String cadreCode, LocalDate asOf) {
        CadreView c = cadre(subject, cadreCode);
        Facts f = facts(subject, List.of(c));
        ComplianceEvaluator eval = new ComplianceEvaluator(rulesFor(allRules(), c.orgPath()), f.regulations(), f.reelections());
        List<EnrolmentView> sessions = store.db().read(em -> em.createQuery("select e from Enrolment e join fetch e.session s"
                + " join fetch s.course where e.cadreCode = :c and e.current = true order by s.startOn", Enrolment.class)
                .setParameter("c", cadreCode).getResultList().stream().map(JpaTrainingService::view).toList());
        audit.append(subject, AuditLog.READ, "training-transcript:" + cadreCode, null);
        return new Transcript(c, asOf, f.cadres().get(0).postedOn(), sessions, rotationViews(subject, cadreCode),
                eval.evaluate(f.cadres().get(0), asOf.getYear(), asOf));
    }

    @Override
    public List<StaffingRow> staffing(Subject subject, int year) {
        return staffing(subject, compliance(subject, year, TrainingService.asOf(year)));
    }

    /** Staffing with the training coverage of an already evaluated report (exports need both). */
    private List<StaffingRow> staffing(Subject subject, ComplianceReport report) {
        LocalDate asOf = report.asOf();
        Map<String, int[]> cov = new HashMap<>(); // trainedAllStaff, heldToAllStaff, directorsTrained, directors
        for (CadreCompliance c : report.cadres()) {
            int[] k = cov.computeIfAbsent(c.townshipCode(), x -> new int[4]);
            Outcome all = c.outcome(RequirementKind.ALL_STAFF_YEARLY);
            if (all != null) {
                k[1]++;
                k[0] += all.status() == RequirementStatus.DONE ? 1 : 0;
            }
            Outcome dir = c.outcome(RequirementKind.VILLAGE_DIRECTOR_YEARLY);
            if (dir != null) {
                k[3]++;
                k[2] += dir.status() == RequirementStatus.DONE ? 1 : 0;
            }
        }
        Map<String, double[]> tenure = new HashMap<>();
        for (CadreView c : cadres(subject)) {
            if (c.active() && c.since() != null && c.role() != CadreRole.VILLAGE_SUPERVISION_DIRECTOR
                    && c.role() != CadreRole.INTEGRITY_SUPERVISOR) {
                double[] t = tenure.computeIfAbsent(townshipOf(c.orgPath()), x -> new double[2]);
                t[0] += ChronoUnit.DAYS.between(c.since(), asOf) / 365.25;
                t[1]++;
            }
        }
        List<StaffingRow> rows = new ArrayList<>();
        Map<String, TownshipStaffing> staffing = new LinkedHashMap<>();
        orgs.staffing(subject, null).forEach(t -> staffing.put(t.code(), t));
        Set<String> codes = new java.util.TreeSet<>(cov.keySet());
        codes.addAll(staffing.keySet());
        Map<String, String> names = names(subject, codes);
        for (String code : codes) {
            TownshipStaffing t = staffing.get(code);
            int[] k = cov.getOrDefault(code, new int[4]);
            double[] te = tenure.getOrDefault(code, new double[2]);
            rows.add(new StaffingRow(code, names.get(code), t == null ? 0 : t.authorizedPosts(), t == null ? 0 : t.filled(),
                    t == null ? 0 : t.vacancies(), t == null ? 0 : t.secondedLongTerm(), te[1] == 0 ? 0 : te[0] / te[1],
                    k[0], k[1], k[2], k[3]));
        }
        // the whole scope last: sums, and the tenure averaged over people, not townships
        double years = tenure.values().stream().mapToDouble(t -> t[0]).sum(), people = tenure.values().stream().mapToDouble(t -> t[1]).sum();
        rows.add(new StaffingRow(subject.scopeCode(), TrainingMessages.total, rows.stream().mapToInt(StaffingRow::authorizedPosts).sum(),
                rows.stream().mapToInt(StaffingRow::filled).sum(), rows.stream().mapToInt(StaffingRow::vacancies).sum(),
                rows.stream().mapToInt(StaffingRow::secondedLongTerm).sum(), people == 0 ? 0 : years / people,
                rows.stream().mapToInt(StaffingRow::trainedAllStaff).sum(), rows.stream().mapToInt(StaffingRow::heldToAllStaff).sum(),
                rows.stream().mapToInt(StaffingRow::directorsTrained).sum(), rows.stream().mapToInt(StaffingRow::directors).sum()));
        return rows;
    }

    // ------------------------------------------------------------------ assignment

    @Override
    public List<EnrolmentView> assignRequired(Subject subject, LocalDate asOf) {
        checkPlanner(subject);
        ComplianceReport report = compliance(subject, asOf.getYear(), asOf);
        Map<String, CadreView> cadres = new HashMap<>();
        cadres(subject).forEach(c -> cadres.put(c.code(), c));
        Instant now = Instant.now();
        List<EnrolmentView> made = store.db().tx(em -> {
            List<TrainingSession> upcoming = em.createQuery("select s from TrainingSession s join fetch s.course"
                    + " where s.startOn >= :d order by s.startOn, s.code", TrainingSession.class).setParameter("d", asOf)
                    .getResultList().stream().filter(s -> subject.covers(s.orgPath)).toList();
            Map<Long, Long> taken = new HashMap<>();
            Map<String, Set<Long>> enrolled = new HashMap<>();
            for (Object[] r : em.createQuery("select e.session.id, e.cadreCode from Enrolment e where e.current = true",
                    Object[].class).getResultList()) {
                taken.merge((Long) r[0], 1L, Long::sum);
                enrolled.computeIfAbsent((String) r[1], k -> new HashSet<>()).add((Long) r[0]);
            }
            List<EnrolmentView> out = new ArrayList<>();
            for (CadreCompliance c : report.cadres()) {
                CadreView cadre = cadres.get(c.cadreCode());
                for (Outcome o : c.outcomes()) {
                    if (o.status() == RequirementStatus.DONE) {
                        continue;
                    }
                    CourseKind kind = switch (o.kind()) {
                        case ALL_STAFF_YEARLY -> CourseKind.ALL_STAFF;
                        case VILLAGE_DIRECTOR_YEARLY -> CourseKind.VILLAGE_DIRECTOR;
                        case NEW_REGULATION -> CourseKind.NEW_REGULATION;
                        case POST_ELECTION -> CourseKind.POST_ELECTION;
                        case PRE_JOB_PIPELINE -> o.gaps().stream().anyMatch(g -> g.equals(TrainingMessages.gap_theory)
                                || g.equals(TrainingMessages.gap_theory_failed) || o.status() == RequirementStatus.EXPIRED)
                                ? CourseKind.PRE_JOB : null;
                        case HOURS_PER_YEAR -> null; // any course counts: nothing to assign
                    };
                    if (kind == null) {
                        continue;
                    }
                    for (TrainingSession s : upcoming) {
                        Set<Long> mine = enrolled.getOrDefault(c.cadreCode(), Set.of());
                        boolean fits = s.course.kind == kind && cadre.orgPath().startsWith(s.orgPath)
                                && (kind != CourseKind.ALL_STAFF && kind != CourseKind.VILLAGE_DIRECTOR
                                        || s.startOn.getYear() == asOf.getYear())
                                && (kind != CourseKind.NEW_REGULATION || o.gaps().stream().anyMatch(g -> g.contains(s.course.regulation)));
                        if (!fits) {
                            continue;
                        }
                        if (mine.contains(s.id)) {
                            break; // already has a seat
                        }
                        if (taken.getOrDefault(s.id, 0L) >= s.capacity) {
                            continue;
                        }
                        out.add(enrol(em, subject, s, cadre, TrainingMessages.bind(TrainingMessages.assigned_because,
                                o.kind().chinese()), now));
                        taken.merge(s.id, 1L, Long::sum);
                        enrolled.computeIfAbsent(c.cadreCode(), k -> new HashSet<>()).add(s.id);
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                audit.append(em, subject, AuditLog.CHANGE, "training-assign", "asOf=" + asOf + " enrolled=" + out.size());
            }
            return out;
        });
        return made;
    }

    // ------------------------------------------------------------------ reports and import (delegated)

    @Override
    public void exportCompliance(Subject subject, int year, LocalDate asOf, Path file) throws IOException {
        ComplianceReport report = compliance(subject, year, asOf);
        List<StaffingRow> staffing = staffing(subject, report); // one evaluation serves both parts
        if (org.jiandu.core.pdf.PdfReport.isPdf(file)) {
            TrainingReports.compliancePdf(report, staffing, file);
        } else {
            TrainingReports.writeCompliance(report, staffing, file);
        }
        audit.append(subject, AuditLog.EXPORT, "training-compliance:" + year, written(file));
    }

    @Override
    public void exportTranscript(Subject subject, String cadreCode, Path file) throws IOException {
        Transcript t = transcript(subject, cadreCode, LocalDate.now());
        if (org.jiandu.core.pdf.PdfReport.isPdf(file)) {
            TrainingReports.transcriptPdf(t, file);
        } else {
            TrainingReports.writeTranscript(t, file);
        }
        audit.append(subject, AuditLog.EXPORT, "training-transcript:" + cadreCode, written(file));
    }

    /** An export's audit detail: the file's name and the SHA-256 of what was written, so the copy can be recognised. */
    static String written(Path file) throws IOException {
        return file.getFileName() + " sha256=" + Hashes.sha256(Files.readAllBytes(file));
    }

    @Override
    public Path certificate(Subject subject, String sessionCode, String cadreCode) throws IOException {
        DataDirectory dir = dataDirectory;
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        checkEditor(subject);
        CadreView cadre = cadre(subject, cadreCode);
        Enrolment[] cur = new Enrolment[1];
        TrainingSession s = store.db().read(em -> {
            TrainingSession found = session(em, subject, sessionCode);
            checkRecorder(subject, found);
            cur[0] = current(em, found, cadreCode).orElse(null);
            return found;
        });
        if (cur[0] == null || cur[0].status != AttendanceStatus.COMPLETED || cur[0].completedOn == null) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.cert_not_completed, cadreCode, sessionCode)));
        }
        Path folder = Files.createDirectories(dir.files().resolve("certificates"));
        if (cur[0].certificateSha != null && Files.isRegularFile(folder.resolve(cur[0].certificateSha + ".pdf"))) {
            return folder.resolve(cur[0].certificateSha + ".pdf");
        }
        String issuer = orgs.find(subject, s.orgCode).map(o -> o.level() == OrgLevel.COUNTY || o.level() == OrgLevel.TOWNSHIP
                ? TrainingMessages.bind(TrainingMessages.cert_issuer, o.name()) : o.name()).orElse(s.orgCode);
        Path tmp = Files.createTempFile(folder, "certificate", ".pdf");
        try {
            TrainingReports.certificatePdf(cadre.name(), s, cur[0].completedOn, issuer, cadreCode, tmp);
            String sha = Hashes.sha256(Files.readAllBytes(tmp));
            Path target = folder.resolve(sha + ".pdf");
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            int revision = cur[0].revision;
            store.db().txRun(em -> {
                Enrolment e = current(em, em.find(TrainingSession.class, s.id), cadreCode).orElseThrow();
                if (e.revision != revision) {
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale_record, cadreCode, sessionCode,
                            e.recordedBy, e.revision));
                }
                e.current = false;
                Enrolment next = e.next(subject.username(), Instant.now());
                next.certificateSha = sha;
                next.note = TrainingMessages.cert_issued;
                em.persist(next);
                audit.append(em, subject, AuditLog.CHANGE, "training-certificate:" + sessionCode + "/" + cadreCode, "sha256=" + sha);
            });
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public long freeze(Subject subject, int year) {
        checkPlanner(subject);
        List<String> lines = TrainingReports.lines(compliance(subject, year, TrainingService.asOf(year)));
        FrozenReport r = new FrozenReport();
        r.year = year;
        r.scopePath = subject.scopePath();
        r.content = String.join("\n", lines);
        r.sha256 = Hashes.sha256(r.content);
        r.frozenBy = subject.username();
        r.frozenAt = Instant.now();
        store.db().txRun(em -> {
            em.persist(r);
            em.flush(); // the id for the entry
            audit.append(em, subject, AuditLog.CHANGE, "training-frozen:" + r.id, "year=" + year + " sha256=" + r.sha256);
        });
        return r.id;
    }

    @Override
    public List<String> differences(Subject subject, long frozenId) {
        FrozenReport r = store.db().read(em -> em.find(FrozenReport.class, frozenId));
        if (r == null || !r.scopePath.startsWith(subject.scopePath())) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_frozen, frozenId)));
        }
        List<String> out = new ArrayList<>();
        if (!Hashes.sha256(r.content).equals(r.sha256)) {
            out.add("! " + TrainingMessages.bind(TrainingMessages.frozen_tampered, frozenId));
        }
        List<String> frozen = List.of(r.content.split("\n"));
        LocalDate asOf = TrainingReports.asOf(frozen.get(0));
        Subject as = new Subject(subject.username(), subject.displayName(), subject.role(), subject.scopeCode(),
                subject.scopeName(), r.scopePath);
        List<String> now = TrainingReports.lines(compliance(as, r.year, asOf));
        out.addAll(TrainingReports.diff(frozen, now));
        return out;
    }

    @Override
    public ImportReport importXlsx(Subject subject, Path file, ImportKind kind, Map<String, String> mapping,
            boolean goodRowsOnly, Progress progress) {
        checkEditor(subject);
        ImportReport r = new TrainingImporter(this, subject).run(file, kind, mapping == null ? Map.of() : mapping,
                goodRowsOnly, progress == null ? Progress.NONE : progress);
        if (!r.imported()) { // written rows were audited in their own transaction; a refused file changes nothing
            audit.append(subject, AuditLog.CHANGE, "training-import:" + file.getFileName(), kind + " rows=" + r.rows()
                    + " added=0 updated=0 bad=" + r.badRows() + " imported=false");
        }
        return r;
    }
}
