package org.jiandu.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.CadreView;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.rules.CadreFacts;
import org.jiandu.training.rules.CadreFacts.Attendance;
import org.jiandu.training.rules.CadreFacts.Reelection;
import org.jiandu.training.rules.CadreFacts.Regulation;
import org.jiandu.training.rules.CadreFacts.RotationFact;

/** What the evaluator needs for a set of cadres, read in a few queries. */
record Facts(List<CadreFacts> cadres, List<Regulation> regulations, List<Reelection> reelections) {

    static Facts read(TrainingContext ctx, Subject subject, List<CadreView> cadres) {
        Set<String> codes = new HashSet<>();
        cadres.forEach(c -> codes.add(c.code()));
        return ctx.db().read(em -> {
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
                facts.add(new CadreFacts(c.code(), c.name(), OrgPaths.townshipOf(c.orgPath()), c.orgPath(), c.role(), c.since(),
                        c.active(), posted.get(c.code()), att.getOrDefault(c.code(), List.of()), rot.getOrDefault(c.code(), List.of())));
            }
            return new Facts(facts, regulations, reelections);
        });
    }
}
