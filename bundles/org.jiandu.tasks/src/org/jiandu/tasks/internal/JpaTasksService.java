package org.jiandu.tasks.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.BodyView;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.Period;
import org.jiandu.tasks.ReportView;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskDraft;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.TasksService;
import org.jiandu.tasks.Warning;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Task lists, reports and verifications in the module's tables, scoped by each body's organisation path. */
@Component(service = TasksService.class)
public class JpaTasksService implements TasksService {

    @Reference
    TasksStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    /** Where evidence files are kept; present while a data directory is open. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    /** The archive search, when the build has it: reports' evidence becomes searchable there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SearchableFiles search;

    private TaskAccess access() {
        return new TaskAccess(orgs);
    }

    private Scores scores() {
        return new Scores(store, access(), audit);
    }

    @Override
    public List<BodyView> bodies(Subject subject, String countyCode) {
        TaskAccess.reader(subject);
        OrgNodeView county = access().county(subject, countyCode);
        return store.db().read(em -> Bodies.views(em, em.createQuery("select b from TaskBody b where b.countyCode = :c"
                + " and b.orgPath like :p order by b.kind, b.code", TaskBodyEntity.class).setParameter("c", county.code())
                .setParameter("p", subject.scopePath() + "%")
                .getResultList()));
    }

    @Override
    public BodyView addBody(Subject subject, String countyCode, String code, String name, BodyKind kind, String orgCode, String leader) {
        OrgNodeView county = access().issuer(subject, countyCode);
        OrgNodeView org = orgCode == null ? null : orgs.find(subject, orgCode).filter(o -> o.path().startsWith(county.path())).orElse(null);
        List<String> p = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            p.add(TasksMessages.bind(TasksMessages.bad_code, code));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            p.add(TasksMessages.f_name);
        }
        if (kind == null) {
            p.add(TasksMessages.f_kind);
        }
        if (org == null) {
            p.add(TasksMessages.bind(TasksMessages.no_org, orgCode));
        }
        if (code != null && orgs.find(Subject.system("/"), code.strip()).isPresent()) {
            // an organisation's code is kept for the body it is by itself, in whichever county it lies
            p.add(TasksMessages.bind(TasksMessages.body_code_is_org, code));
        }
        if (leader != null && leader.strip().length() > 64) {
            p.add(TasksMessages.f_leader);
        }
        if (!p.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.body_refused, String.join("; ", p)));
        }
        return store.db().tx(em -> {
            if (!em.createQuery("select b from TaskBody b where b.code = :c", TaskBodyEntity.class).setParameter("c", code.strip())
                    .getResultList().isEmpty()) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.body_refused, TasksMessages.bind(TasksMessages.body_exists, code)));
            }
            TaskBodyEntity b = new TaskBodyEntity();
            b.code = code.strip();
            b.countyCode = county.code();
            b.name = name.strip();
            b.kind = kind;
            b.orgCode = org.code();
            b.orgPath = org.path();
            b.leader = leader == null || leader.isBlank() ? null : leader.strip();
            em.persist(b);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-body:" + b.code, kind + " of " + org.code());
            return Bodies.views(em, List.of(b)).get(0);
        });
    }

    @Override
    public TaskListView issue(Subject subject, String countyCode, ListDraft draft) {
        OrgNodeView county = access().issuer(subject, countyCode);
        Period period = period(draft.period());
        List<String> p = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > 200) {
            p.add(TasksMessages.f_title);
        }
        String day = TaskAccess.dayProblem(draft.issuedOn(), null);
        if (day != null) {
            p.add(day);
        }
        if (draft.tasks() == null || draft.tasks().isEmpty()) {
            p.add(TasksMessages.f_no_tasks);
        } else {
            for (int i = 0; i < draft.tasks().size(); i++) {
                String t = taskProblem(draft.tasks().get(i), draft.issuedOn());
                if (t != null) {
                    p.add(TasksMessages.bind(TasksMessages.task_n, i + 1, t));
                }
            }
        }
        if (!p.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.list_refused, String.join("; ", p)));
        }
        return store.db().tx(em -> {
            Bodies bodies = new Bodies(em, orgs, county);
            TaskListEntity l = new TaskListEntity();
            l.countyCode = county.code();
            l.period = period.label();
            l.title = draft.title().strip();
            l.special = draft.special();
            l.issuedOn = draft.issuedOn();
            l.issuedBy = subject.username();
            l.issuedAt = Instant.now();
            em.persist(l);
            em.flush();
            int assigned = write(em, l, draft.tasks(), bodies);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-list:" + l.id, period.label() + " " + draft.tasks().size() + " tasks, "
                    + assigned + " assignments");
            return listView(em, l);
        });
    }

    /** Why a task cannot be issued on {@code issuedOn}, or null. */
    private static String taskProblem(TaskDraft t, LocalDate issuedOn) {
        List<String> p = new ArrayList<>();
        if (t.title() == null || t.title().isBlank() || t.title().strip().length() > 200) {
            p.add(TasksMessages.f_title);
        }
        if (t.kind() == null) {
            p.add(TasksMessages.f_kind);
        }
        if (t.requirement() == null || t.requirement().isBlank() || t.requirement().length() > 2000) {
            p.add(TasksMessages.f_requirement);
        }
        if (t.evidence() != null && t.evidence().strip().length() > 400) {
            p.add(TasksMessages.f_evidence);
        }
        if (t.points() == null || t.points().signum() <= 0 || t.points().compareTo(BigDecimal.valueOf(1000)) > 0
                || t.points().scale() > 2) {
            p.add(TasksMessages.f_points);
        }
        if (t.deadline() == null || issuedOn != null && t.deadline().isBefore(issuedOn)) {
            p.add(TasksMessages.f_deadline);
        }
        if (t.bodies() == null || t.bodies().isEmpty()) {
            p.add(TasksMessages.f_bodies);
        }
        return p.isEmpty() ? null : String.join(", ", p);
    }

    /** Writes the tasks of a list and an assignment for each of their bodies; refuses them all when a body is unknown. */
    private static int write(EntityManager em, TaskListEntity l, List<TaskDraft> drafts, Bodies bodies) {
        List<String> problems = new ArrayList<>();
        int no = 0, assigned = 0;
        for (TaskDraft d : drafts) {
            List<TaskBodyEntity> to = bodies.resolve(d.bodies(), problems);
            SupervisionTaskEntity t = new SupervisionTaskEntity();
            t.listId = l.id;
            t.no = ++no;
            t.title = d.title().strip();
            t.kind = d.kind();
            t.requirement = d.requirement().strip();
            t.evidence = d.evidence() == null || d.evidence().isBlank() ? null : d.evidence().strip();
            t.points = d.points();
            t.deadline = d.deadline();
            em.persist(t);
            em.flush(); // rows refer to each other by plain columns: EclipseLink knows no order, the keys need one
            for (TaskBodyEntity b : to) {
                AssignmentEntity a = new AssignmentEntity();
                a.taskId = t.id;
                a.countyCode = l.countyCode;
                a.bodyCode = b.code;
                a.orgPath = b.orgPath;
                a.issuedOn = l.issuedOn;
                a.deadline = t.deadline;
                a.points = t.points;
                em.persist(a);
                assigned++;
            }
        }
        if (!problems.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.list_refused, String.join("; ", problems)));
        }
        return assigned;
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.bad_period, text), e);
        }
    }

    @Override
    public TaskListView copy(Subject subject, long listId, String period, LocalDate issuedOn) {
        Period to = period(period);
        String day = TaskAccess.dayProblem(issuedOn, null);
        if (day != null) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.list_refused, day));
        }
        return store.db().tx(em -> {
            TaskListEntity old = em.find(TaskListEntity.class, listId);
            if (old == null) {
                throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_list, listId));
            }
            OrgNodeView county = access().issuer(subject, old.countyCode);
            long months = ChronoUnit.MONTHS.between(period(old.period).first(), to.first());
            List<TaskDraft> drafts = new ArrayList<>();
            for (SupervisionTaskEntity t : tasks(em, old.id)) {
                LocalDate d = t.deadline.plusMonths(months);
                if (t.deadline.getDayOfMonth() == t.deadline.lengthOfMonth()) {
                    d = d.withDayOfMonth(d.lengthOfMonth());
                }
                List<String> bodies = em.createQuery("select a.bodyCode from Assignment a where a.taskId = :t order by a.id", String.class)
                        .setParameter("t", t.id).getResultList();
                drafts.add(new TaskDraft(t.title, t.kind, t.requirement, t.evidence, t.points, d, bodies));
            }
            for (int i = 0; i < drafts.size(); i++) {
                String p = taskProblem(drafts.get(i), issuedOn);
                if (p != null) {
                    TaskAccess.refuse(TasksMessages.bind(TasksMessages.list_refused, TasksMessages.bind(TasksMessages.task_n, i + 1, p)));
                }
            }
            TaskListEntity l = new TaskListEntity();
            l.countyCode = old.countyCode;
            l.period = to.label();
            l.title = old.title.replace(old.period, to.label());
            l.special = old.special;
            l.issuedOn = issuedOn;
            l.copiedFrom = old.id;
            l.issuedBy = subject.username();
            l.issuedAt = Instant.now();
            em.persist(l);
            em.flush();
            int assigned = write(em, l, drafts, new Bodies(em, orgs, county));
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-list:" + l.id, "copied from list " + old.id + " for " + to.label() + ", "
                    + assigned + " assignments");
            return listView(em, l);
        });
    }

    private static List<SupervisionTaskEntity> tasks(EntityManager em, long listId) {
        return em.createQuery("select t from SupervisionTask t where t.listId = :l order by t.no", SupervisionTaskEntity.class)
                .setParameter("l", listId).getResultList();
    }

    private static TaskListView listView(EntityManager em, TaskListEntity l) {
        return listView(em, l, null);
    }

    /**
     * A list with its tasks and how many bodies each went to; with {@code scope} (a path prefix), only the tasks that
     * went to bodies in it, counting those bodies: below the county a user sees its own part of a list.
     */
    private static TaskListView listView(EntityManager em, TaskListEntity l, String scope) {
        Map<Long, Long> counts = new HashMap<>();
        var q = em.createQuery("select a.taskId, count(a) from Assignment a, SupervisionTask t where t.id = a.taskId"
                + " and t.listId = :l" + (scope == null ? "" : " and a.orgPath like :p") + " group by a.taskId", Object[].class)
                .setParameter("l", l.id);
        if (scope != null) {
            q.setParameter("p", scope + "%");
        }
        for (Object[] r : q.getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return new TaskListView(l.id, l.period, l.title, l.special, l.issuedOn, l.issuedBy, l.copiedFrom, tasks(em, l.id).stream()
                .filter(t -> scope == null || counts.containsKey(t.id))
                .map(t -> new TaskListView.Task(t.id, t.no, t.title, t.kind, t.requirement, t.evidence, t.points, t.deadline, counts
                        .getOrDefault(t.id, 0L).intValue())).toList());
    }

    @Override
    public List<TaskListView> lists(Subject subject, String countyCode, String period) {
        TaskAccess.reader(subject);
        OrgNodeView county = access().county(subject, countyCode);
        String label = period == null ? null : period(period).label();
        // below the county, a list is shown when it gave the subject's bodies a task
        boolean whole = subject.covers(county.path());
        return store.db().read(em -> {
            var q = em.createQuery("select l from TaskList l where l.countyCode = :c" + (label == null ? "" : " and l.period = :period")
                    + (whole ? "" : " and exists (select a.id from Assignment a, SupervisionTask t where t.listId = l.id"
                            + " and a.taskId = t.id and a.orgPath like :p)") + " order by l.issuedOn desc, l.id desc", TaskListEntity.class)
                    .setParameter("c", county.code());
            if (label != null) {
                q.setParameter("period", label);
            }
            if (!whole) {
                q.setParameter("p", subject.scopePath() + "%");
            }
            return q.getResultList().stream().map(l -> listView(em, l, whole ? null : subject.scopePath())).toList();
        });
    }

    @Override
    public List<AssignmentView> assignments(Subject subject, String countyCode, Long listId, String period, String bodyCode,
            LocalDate asOf) {
        TaskAccess.reader(subject);
        OrgNodeView county = access().county(subject, countyCode);
        StringBuilder where = new StringBuilder("a.countyCode = :c and a.orgPath like :p");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("c", county.code());
        params.put("p", subject.scopePath() + "%");
        if (listId != null) {
            where.append(" and a.taskId in (select t.id from SupervisionTask t where t.listId = :l)");
            params.put("l", listId);
        } else if (period != null) {
            where.append(" and a.taskId in (select t.id from SupervisionTask t, TaskList l where l.id = t.listId and l.period = :period)");
            params.put("period", period(period).label());
        }
        if (bodyCode != null) {
            where.append(" and a.bodyCode = :b");
            params.put("b", bodyCode);
        }
        return store.db().read(em -> AssignmentRows.views(em, where.toString(), params, asOf));
    }

    @Override
    public List<AssignmentView> due(Subject subject, String countyCode, LocalDate asOf) {
        boolean verifies = TaskRights.issues(subject.role());
        return assignments(subject, countyCode, null, null, null, asOf).stream()
                .filter(a -> a.standing().status() == TaskStatus.DUE_SOON || a.standing().status() == TaskStatus.OVERDUE
                        || verifies && a.standing().status() == TaskStatus.AWAITING_VERIFICATION)
                // red, then yellow (the latest to turn first), then the rest by deadline
                .sorted(Comparator.comparing((AssignmentView a) -> -a.standing().warning().ordinal())
                        .thenComparingLong(a -> a.standing().warning() == Warning.NONE ? a.standing().deadline().toEpochDay()
                                : -a.standing().deadline().toEpochDay())
                        .thenComparing(AssignmentView::bodyCode))
                .toList();
    }

    @Override
    public AssignmentView assignment(Subject subject, long assignmentId, LocalDate asOf) {
        TaskAccess.reader(subject);
        return store.db().read(em -> {
            List<AssignmentView> v = AssignmentRows.views(em, "a.id = :id and a.orgPath like :p", Map.of("id", assignmentId, "p",
                    subject.scopePath() + "%"), asOf);
            if (v.isEmpty()) {
                throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_assignment, assignmentId));
            }
            return v.get(0);
        });
    }

    @Override
    public List<ReportView> history(Subject subject, long assignmentId) {
        assignment(subject, assignmentId, LocalDate.now());
        return store.db().read(em -> {
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

    @Override
    public AssignmentView report(Subject subject, long assignmentId, long expectedVersion, String text, Path evidence, LocalDate on)
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

    @Override
    public AssignmentView verify(Subject subject, long assignmentId, long expectedVersion, Outcome outcome, String note, LocalDate on,
            LocalDate reportBy) {
        TaskAccess.require(TaskRights.issues(subject.role()), TasksMessages.may_not_issue, subject);
        return store.db().tx(em -> {
            AssignmentEntity a = current(em, subject, assignmentId, expectedVersion);
            access().issuer(subject, a.countyCode);
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

    @Override
    public List<ScoringScheme> schemes(Subject subject, String countyCode) {
        return scores().schemes(subject, countyCode);
    }

    @Override
    public ScoringScheme publishScheme(Subject subject, String countyCode, ScoringScheme draft) {
        return scores().publishScheme(subject, countyCode, draft);
    }

    @Override
    public void giveBonus(Subject subject, String countyCode, String bodyCode, String period, BigDecimal points, String reason) {
        scores().giveBonus(subject, countyCode, bodyCode, period, points, reason);
    }

    @Override
    public ScoreTable score(Subject subject, String countyCode, String period, LocalDate asOf) {
        return scores().score(subject, countyCode, period, asOf);
    }

    @Override
    public ScoreTable publish(Subject subject, String countyCode, String period, LocalDate asOf) {
        return scores().publish(subject, countyCode, period, asOf);
    }

    @Override
    public void export(Subject subject, String countyCode, String period, LocalDate asOf, Path file) throws IOException {
        ScoreTable table = score(subject, countyCode, period, asOf);
        List<AssignmentView> rows = assignments(subject, countyCode, null, null, null, asOf).stream()
                .filter(a -> period(period).contains(a.deadline())).toList();
        TasksExport.write(file, countyCode, table, rows);
        audit.append(subject, AuditLog.EXPORT, "tasks-ranking:" + countyCode + ":" + table.period(), file.getFileName() + " sha256="
                + Hashes.sha256(Files.readAllBytes(file)) + " rows=" + rows.size());
    }

    /** Who a warning goes to: the body's leader (yellow), then also its supervision unit's leader or the commission (red). */
    static List<String> warned(Warning w, String bodyName, String leader, String unitLeader) {
        if (w == Warning.NONE) {
            return List.of();
        }
        String first = leader == null ? bodyName : leader;
        return w == Warning.YELLOW ? List.of(first) : List.of(first, unitLeader == null ? TasksMessages.the_commission : unitLeader);
    }
}
