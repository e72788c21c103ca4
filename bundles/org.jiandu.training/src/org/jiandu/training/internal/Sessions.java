package org.jiandu.training.internal;

import static org.jiandu.training.internal.TrainingContext.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingValidationException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Training sessions with their courses: finding them in the subject's scope (a trainer: their own), planning and changing them. */
final class Sessions {

    private final TrainingContext ctx;

    Sessions(TrainingContext ctx) {
        this.ctx = ctx;
    }

    List<SessionView> sessions(Subject subject, Integer year, CourseKind kind, String text) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return ctx.db().read(em -> {
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

    SessionView saveSession(Subject subject, SessionView d) {
        TrainingAccess.checkPlanner(subject);
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
        if (d.kind() == CourseKind.NEW_REGULATION
                && (d.regulation() == null || d.regulation().isBlank() || d.regulationEffective() == null)) {
            problems.add(TrainingMessages.f_regulation + ": " + TrainingMessages.regulation_needed);
        }
        OrgNodeView org = null;
        String orgCode = d.orgCode() == null || d.orgCode().isBlank() ? subject.scopeCode() : d.orgCode().strip();
        Optional<OrgNodeView> found = ctx.orgs.find(subject, orgCode);
        if (found.isEmpty() || !subject.covers(found.get().path())) {
            problems.add(TrainingMessages.f_org + ": " + TrainingMessages.bind(TrainingMessages.org_outside, orgCode));
        } else {
            org = found.get();
        }
        // a new-regulation course requires training of every cadre of its owner (county or city): the owner's decision
        String regulationOwner = d.kind() == CourseKind.NEW_REGULATION ? TrainingAccess.regulationOwner(subject) : null;
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
        SessionView saved = ctx.db().tx(em -> {
            TrainingSession s;
            if (d.id() == 0) {
                if (bySessionCode(em, code).isPresent()) {
                    throw new TrainingValidationException(List.of(TrainingMessages.f_code + ": "
                            + TrainingMessages.bind(TrainingMessages.session_exists, code)));
                }
                s = new TrainingSession();
            } else {
                s = em.find(TrainingSession.class, d.id());
                if (s == null || !TrainingAccess.sees(subject, s)) {
                    throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.not_your_session, code, subject.username()));
                }
                TrainingAccess.checkRecorder(subject, s);
                if (s.version != d.version()) {
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale, code));
                }
                before[0] = " (was " + describe(view(s, new long[2])) + ")"; // the audit log keeps the old values
            }
            String courseCode = d.courseCode() == null || d.courseCode().isBlank() ? code : d.courseCode().strip();
            TrainingCourse c = em.createQuery("select c from TrainingCourse c where c.code = :c", TrainingCourse.class)
                    .setParameter("c", courseCode).getResultStream().findFirst().orElse(null);
            if (c != null && c.kind == CourseKind.NEW_REGULATION && d.kind() != CourseKind.NEW_REGULATION) {
                TrainingAccess.regulationOwner(subject); // turning a requirement off is the owner's decision too
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
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-session:" + code, (d.id() == 0 ? "created " : "updated ")
                    + describe(v) + before[0]);
            return v;
        });
        return saved;
    }

    List<String> trainers(Subject subject) {
        String scope = subject.scopePath();
        return ctx.store.database.read(em -> em.createQuery("select u from AppUser u where u.role = :r order by u.username",
                AppUser.class).setParameter("r", Role.TRAINER).getResultList().stream().filter(AppUser::isActive)
                .filter(u -> scope.startsWith(u.getScope().getPath()) || u.getScope().getPath().startsWith(scope))
                .map(AppUser::getUsername).toList());
    }

    /** Whether {@code username} is an active trainer's account whose scope covers the organisation at {@code orgPath}. */
    private boolean isTrainerFor(String username, String orgPath) {
        // accounts live in the workbench's own unit, not the module's
        return ctx.store.database.read(em -> em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", username).getResultStream().findFirst()
                .filter(u -> u.isActive() && u.getRole() == Role.TRAINER && orgPath.startsWith(u.getScope().getPath()))
                .isPresent());
    }

    private static String describe(SessionView v) {
        return v.kind() + " \"" + v.title() + "\" " + v.hours() + "h " + v.start() + ".." + v.end() + " place=" + v.place()
                + " trainer=" + v.trainer() + " capacity=" + v.capacity() + (v.regulation() == null ? "" : " regulation="
                        + v.regulation() + "@" + v.regulationEffective());
    }

    static Optional<TrainingSession> bySessionCode(EntityManager em, String code) {
        return em.createQuery("select s from TrainingSession s join fetch s.course where s.code = :c", TrainingSession.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The session of a code the subject sees; one they do not see is reported like one that does not exist. */
    static TrainingSession session(EntityManager em, Subject subject, String code) {
        TrainingSession s = bySessionCode(em, code).orElse(null);
        if (s == null || !TrainingAccess.sees(subject, s)) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_session, code)));
        }
        return s;
    }
}
