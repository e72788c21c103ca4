package org.jiandu.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * Reports and verifications generated beside new assignments, written after them: the tables refer to each other by
 * plain columns, so EclipseLink knows no order of its own, and the foreign keys need parents first.
 */
final class PendingFacts {

    private final List<ReportEntity> reports = new ArrayList<>();
    private final List<AssignmentEntity> reportOf = new ArrayList<>();
    private final List<VerificationEntity> checks = new ArrayList<>();
    private final List<ReportEntity> checked = new ArrayList<>();

    void add(AssignmentEntity a, ReportEntity report) {
        reports.add(report);
        reportOf.add(a);
    }

    void add(ReportEntity report, VerificationEntity check) {
        checks.add(check);
        checked.add(report);
    }

    /** Writes the assignments persisted so far, then the reports, then the verifications. */
    void write(EntityManager em) {
        em.flush();
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).assignmentId = reportOf.get(i).id;
            em.persist(reports.get(i));
        }
        em.flush();
        for (int i = 0; i < checks.size(); i++) {
            checks.get(i).reportId = checked.get(i).id;
            checks.get(i).assignmentId = checked.get(i).assignmentId;
            em.persist(checks.get(i));
        }
        em.flush();
        reports.clear();
        reportOf.clear();
        checks.clear();
        checked.clear();
    }
}
