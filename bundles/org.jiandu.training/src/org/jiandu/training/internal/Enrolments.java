package org.jiandu.training.internal;

import static org.jiandu.training.internal.TrainingContext.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiandu.core.CadreView;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.TrainingValidationException;

import jakarta.persistence.EntityManager;

/**
 * A cadre's record in a session: enrolling, recording attendance as a new revision (the old one is kept), and the
 * revisions of a record, whose reading is audited.
 */
final class Enrolments {

    private final TrainingContext ctx;

    Enrolments(TrainingContext ctx) {
        this.ctx = ctx;
    }

    List<EnrolmentView> attendance(Subject subject, String sessionCode) {
        return ctx.db().read(em -> {
            TrainingSession s = Sessions.session(em, subject, sessionCode);
            return em.createQuery("select e from Enrolment e where e.session = :s and e.current = true order by e.cadreCode",
                    Enrolment.class).setParameter("s", s).getResultList().stream()
                    // session() has checked that the subject sees the session; its records are theirs to read
                    .map(Enrolments::view).toList();
        });
    }

    static EnrolmentView view(Enrolment e) {
        TrainingCourse c = e.session.course;
        return new EnrolmentView(e.id, e.session.code, c.title, c.kind, e.session.startOn, e.cadreCode, e.cadreName,
                e.revision, e.current, e.status, e.hours, e.score, e.completedOn, e.certificateSha, EnrolmentNotes.shown(e.note),
                e.recordedBy, e.recordedAt);
    }

    EnrolmentView enrol(Subject subject, String sessionCode, String cadreCode, String note) {
        TrainingAccess.checkEditor(subject);
        CadreView c = ctx.cadre(subject, cadreCode);
        return ctx.db().tx(em -> {
            EnrolmentView v = enrol(em, subject, Sessions.session(em, subject, sessionCode), c, note, Instant.now());
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-session:" + sessionCode, "enrolled " + cadreCode);
            return v;
        });
    }

    /** Enrols a cadre in a session with a free seat (the assignment of required training enrols through this too). */
    static EnrolmentView enrol(EntityManager em, Subject subject, TrainingSession s, CadreView c, String note, Instant now) {
        TrainingAccess.checkRecorder(subject, s);
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

    EnrolmentView record(Subject subject, String sessionCode, String cadreCode, int expectedRevision,
            AttendanceStatus status, Double hours, Integer score, LocalDate completedOn, String reason) {
        TrainingAccess.checkEditor(subject);
        EnrolmentView v = ctx.db().tx(em -> {
            TrainingSession s = Sessions.session(em, subject, sessionCode);
            TrainingAccess.checkRecorder(subject, s);
            Enrolment cur = current(em, s, cadreCode).orElseThrow(() -> new TrainingValidationException(
                    List.of(TrainingMessages.bind(TrainingMessages.not_enrolled, cadreCode, sessionCode))));
            if (cur.revision != expectedRevision) {
                throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale_record, cadreCode, sessionCode,
                        cur.recordedBy, cur.revision));
            }
            List<String> problems = new ArrayList<>(validateRecord(s, status, hours, score, completedOn, LocalDate.now()));
            if (cur.status != AttendanceStatus.ENROLLED && (reason == null || reason.isBlank())) {
                // the record already has a result: changing it is a correction, and the history must say why
                problems.add(TrainingMessages.f_reason + ": " + TrainingMessages.correction_reason_needed);
            }
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
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-session:" + sessionCode, "recorded " + cadreCode + " rev "
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

    List<EnrolmentView> history(Subject subject, String sessionCode, String cadreCode) {
        List<EnrolmentView> found = ctx.db().read(em -> {
            TrainingSession s = Sessions.session(em, subject, sessionCode);
            return em.createQuery("select e from Enrolment e where e.session = :s and e.cadreCode = :c order by e.revision",
                    Enrolment.class).setParameter("s", s).setParameter("c", cadreCode).getResultList().stream()
                    .map(Enrolments::view).toList();
        });
        // a cadre's training record is confidential: every reading is audited, like the transcript
        ctx.audit.append(subject, AuditLog.READ, "training-record:" + cadreCode, "session " + sessionCode + ", " + found.size()
                + " revisions");
        return found;
    }
}
