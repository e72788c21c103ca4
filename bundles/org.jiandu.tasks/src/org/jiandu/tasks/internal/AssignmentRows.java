package org.jiandu.tasks.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.Standings;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.TaskStanding;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.Warning;
import org.jiandu.tasks.WarningPolicy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Bodies' tasks as views: the assignment, its task, list and body, and its standing on a day from its reports. */
final class AssignmentRows {

    private AssignmentRows() {
    }

    /** The assignments {@code where} selects (a condition on {@code a}), ordered by list, task and body. */
    static List<AssignmentView> views(EntityManager em, String where, Map<String, Object> params, LocalDate asOf) {
        TypedQuery<Object[]> q = em.createQuery("select a, t, l.title, l.period, b.name, b.leader, b.unitCode from Assignment a,"
                + " SupervisionTask t, TaskList l, TaskBody b where t.id = a.taskId and l.id = t.listId and b.code = a.bodyCode and "
                + where
                + " order by l.issuedOn, l.id, t.no, a.bodyCode", Object[].class);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        Map<Long, List<TaskReport>> reports = FactRows.reports(em, where, params);
        Map<Long, Long> awaiting = new HashMap<>();
        if (!rows.isEmpty()) {
            TypedQuery<Object[]> w = em.createQuery("select r.assignmentId, r.id from Report r where r.assignmentId in (select a.id from"
                    + " Assignment a where " + where + ") and not exists (select v.id from Verification v where v.reportId = r.id)",
                    Object[].class);
            params.forEach(w::setParameter);
            w.getResultList().forEach(r -> awaiting.put((Long) r[0], (Long) r[1]));
        }
        Map<String, String> unitLeaders = new HashMap<>();
        em.createQuery("select u from SupervisionUnit u", SupervisionUnitEntity.class).getResultList()
                .forEach(u -> unitLeaders.put(u.code, u.leader));
        List<AssignmentView> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            AssignmentEntity a = (AssignmentEntity) r[0];
            SupervisionTaskEntity t = (SupervisionTaskEntity) r[1];
            List<TaskReport> known = reports.getOrDefault(a.id, List.of());
            TaskStanding s = Standings.of(FactRows.facts(a, reports), WarningPolicy.DEFAULT, asOf);
            Long waiting = s.status() == TaskStatus.AWAITING_VERIFICATION ? awaiting.get(a.id) : null;
            out.add(new AssignmentView(a.id, a.version, t.listId, (String) r[2], (String) r[3], t.no, t.title, t.kind, t.requirement,
                    t.evidence, a.points, a.bodyCode, (String) r[4], a.issuedOn, a.deadline, s, (int) known.stream()
                            .filter(k -> !k.reportedOn().isAfter(asOf)).count(),
                    warned(s.warning(), (String) r[4], (String) r[5], r[6] == null ? null : unitLeaders.get(r[6])),
                    waiting));
        }
        return out;
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
