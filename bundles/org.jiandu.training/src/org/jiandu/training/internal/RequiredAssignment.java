package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.CadreView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.rules.Outcome;

/** Enrols every cadre with an open requirement in the first upcoming session of the kind that meets it and has a seat. */
final class RequiredAssignment {

    private final TrainingContext ctx;
    private final Compliance compliance;

    RequiredAssignment(TrainingContext ctx, Compliance compliance) {
        this.ctx = ctx;
        this.compliance = compliance;
    }

    List<EnrolmentView> assignRequired(Subject subject, LocalDate asOf) {
        TrainingAccess.checkPlanner(subject);
        ComplianceReport report = compliance.compliance(subject, asOf.getYear(), asOf);
        Map<String, CadreView> cadres = new HashMap<>();
        ctx.cadres(subject).forEach(c -> cadres.put(c.code(), c));
        Instant now = Instant.now();
        List<EnrolmentView> made = ctx.db().tx(em -> {
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
                    CourseKind kind = courseFor(o);
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
                        out.add(Enrolments.enrol(em, subject, s, cadre, EnrolmentNotes.assigned(o.kind()), now));
                        taken.merge(s.id, 1L, Long::sum);
                        enrolled.computeIfAbsent(c.cadreCode(), k -> new HashSet<>()).add(s.id);
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                ctx.audit.append(em, subject, AuditLog.CHANGE, "training-assign", "asOf=" + asOf + " enrolled=" + out.size());
            }
            return out;
        });
        return made;
    }

    /** The kind of course that meets an open requirement, or null when there is nothing to assign. */
    private static CourseKind courseFor(Outcome o) {
        return switch (o.kind()) {
            case ALL_STAFF_YEARLY -> CourseKind.ALL_STAFF;
            case VILLAGE_DIRECTOR_YEARLY -> CourseKind.VILLAGE_DIRECTOR;
            case NEW_REGULATION -> CourseKind.NEW_REGULATION;
            case POST_ELECTION -> CourseKind.POST_ELECTION;
            case PRE_JOB_PIPELINE -> o.gaps().stream().anyMatch(g -> g.equals(TrainingMessages.gap_theory)
                    || g.equals(TrainingMessages.gap_theory_failed) || o.status() == RequirementStatus.EXPIRED)
                    ? CourseKind.PRE_JOB : null;
            case HOURS_PER_YEAR -> null; // any course counts: nothing to assign
        };
    }
}
