package org.jiandu.tasks.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.OrgService;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.ReportView;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.TaskRights;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Reports (报送) by a body and their verification (核查) by the county level: both only added, each audited in its
 * transaction, the assignment's version checked so that two hands never act on the same state.
 */
final class Reporting {

    private final TasksStore store;
    private final TaskAccess access;
    private final AuditLog audit;
    private final DataDirectory dataDirectory;
    private final SearchableFiles search;

    Reporting(TasksStore store, OrgService orgs, AuditLog audit, DataDirectory dataDirectory, SearchableFiles search) {
        this.store = store;
        this.access = new TaskAccess(orgs);
        this.audit = audit;
        this.dataDirectory = dataDirectory;
        this.search = search;
    }

    List<ReportView> history(Subject subject, long assignmentId) {
        TaskAccess.reader(subject);
        return store.db().read(em -> {
            AssignmentEntity a = em.find(AssignmentEntity.class, assignmentId);
            if (a == null || !subject.covers(a.orgPath)) {
                throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_assignment, assignmentId));
            }
            Map<Long, VerificationEntity> checks = new HashMap<>();
            em.createQuery("select v from Verification v where v.assignmentId = :a", VerificationEntity.class)
                    .setParameter("a", assignmentId)
                    .getResultList().forEach(v -> checks.put(v.reportId, v));
            return em.createQuery("select r from Report r where r.assignmentId = :a order by r.seq", ReportEntity.class)
                    .setParameter("a", assignmentId).getResultList().stream().map(r -> {
                        VerificationEntity v = checks.get(r.id);
                        return new ReportView(r.id, r.seq, r.reportedOn, r.reportedAt, r.text, r.evidenceName, r.evidenceSha, r.reportedBy,
                                v == null ? null : v.outcome, v == null ? null : v.verifiedOn, v == null ? null : v.note,
                                v == null ? null : v.reportBy, v == null ? null : v.verifiedBy);
                    }).toList();
        });
    }

    /** The assignment in scope at the version the caller saw, with its facts. */
    private static AssignmentEntity current(EntityManager em, Subject subject, long id, long expectedVersion) {
        AssignmentEntity a = em.find(AssignmentEntity.class, id);
        if (a == null || !subject.covers(a.orgPath)) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_assignment, id));
        }
        if (a.version != expectedVersion) {
            throw new StaleDataException(TasksMessages.bind(TasksMessages.assignment_stale, id));
        }
        return a;
    }

    AssignmentView report(Subject subject, long assignmentId, long expectedVersion, String text, Path evidence, LocalDate on)
            throws IOException {
        TaskAccess.reporter(subject);
        if (text == null || text.isBlank() || text.strip().length() > 4000) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.report_refused, assignmentId, TasksMessages.f_text));
        }
        String early = TaskAccess.dayProblem(on, null);
        if (early == null) {
            early = TaskAccess.ownDayProblem(subject, on);
        }
        if (early == null && evidence != null) {
            early = Evidence.problem(evidence);
        }
        if (early != null) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.report_refused, assignmentId, early));
        }
        // scope and version first: a refused report copies no file
        store.db().read(em -> current(em, subject, assignmentId, expectedVersion));
        String sha = evidence == null ? null : Evidence.store(dataDirectory, evidence);
        String evidenceSha = sha;
        AssignmentView done = store.db().tx(em -> {
            AssignmentEntity a = current(em, subject, assignmentId, expectedVersion);
            SupervisionTaskEntity task = em.find(SupervisionTaskEntity.class, a.taskId);
            TaskFacts facts = FactRows.facts(a, FactRows.reports(em, "a.id = :id", Map.of("id", a.id)));
            String p = null;
            if (!facts.reports().isEmpty()) {
                TaskReport last = facts.reports().get(facts.reports().size() - 1);
                p = last.outcome() == null ? TasksMessages.report_waiting
                        : last.outcome() != Outcome.RETURNED ? TasksMessages.report_closed
                        : TaskAccess.dayProblem(on, last.verifiedOn());
            } else {
                p = TaskAccess.dayProblem(on, a.issuedOn);
            }
            if (p == null && task.evidence != null && evidenceSha == null) {
                p = TasksMessages.bind(TasksMessages.report_needs_evidence, task.evidence);
            }
            if (p != null) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.report_refused, assignmentId, p));
            }
            ReportEntity r = new ReportEntity();
            r.assignmentId = a.id;
            r.seq = ++a.reports;
            r.reportedOn = on;
            r.text = text.strip();
            r.evidenceSha = evidenceSha;
            r.evidenceName = evidence == null ? null : evidence.getFileName().toString();
            r.reportedBy = subject.username();
            r.reportedAt = Instant.now();
            em.persist(r);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-assignment:" + a.id, "report " + r.seq + " of " + on
                    + (evidenceSha == null ? "" : ", evidence sha256=" + evidenceSha));
            return AssignmentRows.views(em, "a.id = :id", Map.of("id", a.id), LocalDate.now()).get(0);
        });
        if (evidenceSha != null) {
            String org = store.db().read(em -> Bodies.orgCode(em, done.bodyCode()));
            Evidence.offerToSearch(search, subject, dataDirectory, org, "task-" + assignmentId + "-" + evidence.getFileName(), evidenceSha);
        }
        return done;
    }

    AssignmentView verify(Subject subject, long assignmentId, long expectedVersion, Outcome outcome, String note, LocalDate on,
            LocalDate reportBy) {
        TaskAccess.require(TaskRights.issues(subject.role()), TasksMessages.may_not_issue, subject);
        return store.db().tx(em -> {
            AssignmentEntity a = current(em, subject, assignmentId, expectedVersion);
            access.issuer(subject, a.countyCode);
            ReportEntity last = em.createQuery("select r from Report r where r.assignmentId = :a order by r.seq desc", ReportEntity.class)
                    .setParameter("a", a.id).setMaxResults(1).getResultStream().findFirst().orElse(null);
            List<String> p = new ArrayList<>();
            if (last == null || !em.createQuery("select v from Verification v where v.reportId = :r", VerificationEntity.class)
                    .setParameter("r", last.id).getResultList().isEmpty()) {
                p.add(TasksMessages.nothing_to_verify);
            } else {
                if (last.reportedBy.equals(subject.username())) {
                    p.add(TasksMessages.verifier_is_reporter);
                }
                String d = TaskAccess.dayProblem(on, last.reportedOn);
                if (d != null) {
                    p.add(d);
                }
            }
            if (outcome == null) {
                p.add(TasksMessages.f_outcome);
            } else if (outcome != Outcome.ACCEPTED && (note == null || note.isBlank())) {
                p.add(TasksMessages.f_note);
            }
            if (outcome == Outcome.RETURNED && (reportBy == null || on != null && reportBy.isBefore(on))) {
                p.add(TasksMessages.f_report_by);
            }
            if (note != null && note.strip().length() > 2000) {
                p.add(TasksMessages.f_note);
            }
            if (!p.isEmpty()) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.verify_refused, assignmentId, String.join("; ", p)));
            }
            VerificationEntity v = new VerificationEntity();
            v.reportId = last.id;
            v.assignmentId = a.id;
            v.outcome = outcome;
            v.verifiedOn = on;
            v.note = note == null || note.isBlank() ? null : note.strip();
            v.reportBy = outcome == Outcome.RETURNED ? reportBy : null;
            v.verifiedBy = subject.username();
            v.verifiedAt = Instant.now();
            em.persist(v);
            // the row itself has not changed, but its facts have: a second verifier's version is now stale
            em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-assignment:" + a.id, "report " + last.seq + " " + outcome + " on " + on
                    + (v.reportBy == null ? "" : ", report again by " + v.reportBy));
            return AssignmentRows.views(em, "a.id = :id", Map.of("id", a.id), LocalDate.now()).get(0);
        });
    }
}
