package org.jiandu.tasks.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskReport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Reads what is known of assignments (their reports and verifications) in one query, for the pure rules. */
final class FactRows {

    private FactRows() {
    }

    /**
     * The reports of the assignments {@code where} selects (a condition on {@code a}, an Assignment, with its
     * parameters), in order, per assignment id.
     */
    static Map<Long, List<TaskReport>> reports(EntityManager em, String where, Map<String, Object> params) {
        TypedQuery<Object[]> q = em.createQuery("select r.assignmentId, r.reportedOn, v.outcome, v.verifiedOn, v.reportBy from Report r"
                + " left join Verification v on v.reportId = r.id where r.assignmentId in (select a.id from Assignment a where " + where
                + ") order by r.assignmentId, r.seq", Object[].class);
        params.forEach(q::setParameter);
        Map<Long, List<TaskReport>> out = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new TaskReport((LocalDate) r[1], (Outcome) r[2], (LocalDate) r[3],
                    (LocalDate) r[4]));
        }
        return out;
    }

    static TaskFacts facts(AssignmentEntity a, Map<Long, List<TaskReport>> reports) {
        return new TaskFacts(a.issuedOn, a.deadline, reports.getOrDefault(a.id, List.of()));
    }
}
