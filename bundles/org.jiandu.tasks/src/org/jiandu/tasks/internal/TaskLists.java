package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.Period;
import org.jiandu.tasks.TaskDraft;
import org.jiandu.tasks.TaskListView;

import jakarta.persistence.EntityManager;

/**
 * Task lists (任务清单): issuing one with an assignment per task and body, all or nothing; copying one to the next
 * period; and the lists a user may see (below the county, only its own part of each).
 */
final class TaskLists {

    private final TasksStore store;
    private final OrgService orgs;
    private final TaskAccess access;
    private final AuditLog audit;

    TaskLists(TasksStore store, OrgService orgs, AuditLog audit) {
        this.store = store;
        this.orgs = orgs;
        this.access = new TaskAccess(orgs);
        this.audit = audit;
    }

    TaskListView issue(Subject subject, String countyCode, ListDraft draft) {
        OrgNodeView county = access.issuer(subject, countyCode);
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
                    + assigned + " assignments" + bodies.registeredNote());
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
                em.persist(AssignmentEntity.of(t, b, l.countyCode, l.issuedOn));
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

    TaskListView copy(Subject subject, long listId, String period, LocalDate issuedOn) {
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
            OrgNodeView county = access.issuer(subject, old.countyCode);
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
            Bodies bodies = new Bodies(em, orgs, county);
            int assigned = write(em, l, drafts, bodies);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-list:" + l.id, "copied from list " + old.id + " for " + to.label() + ", "
                    + assigned + " assignments" + bodies.registeredNote());
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

    List<TaskListView> lists(Subject subject, String countyCode, String period) {
        TaskAccess.reader(subject);
        OrgNodeView county = access.county(subject, countyCode);
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
}
