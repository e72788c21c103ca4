package org.jiandu.tasks.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.rectification.RectificationSign;
import org.jiandu.core.rectification.RectificationSigns;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.LoopStage;
import org.jiandu.tasks.LoopStep;
import org.jiandu.tasks.LoopView;
import org.jiandu.tasks.TaskRights;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;

/** Closed loops in the module's tables; the loop row is its present state, each step is also kept. */
@Component(service = ClosedLoopService.class)
public class JpaClosedLoopService implements ClosedLoopService {

    @Reference
    TasksStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    /** The archive search, when the build has it: rectification evidence becomes searchable there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SearchableFiles search;

    private TaskAccess access() {
        return new TaskAccess(orgs);
    }

    private static boolean blank(String s, int max) {
        return s == null || s.isBlank() || s.strip().length() > max;
    }

    @Override
    public LoopView find(Subject subject, String countyCode, String bodyCode, String category, String problem, LocalDate foundOn,
            Long assignmentId) {
        OrgNodeView county = access().issuer(subject, countyCode);
        List<String> p = new ArrayList<>();
        if (blank(category, 100)) {
            p.add(TasksMessages.f_category);
        }
        if (blank(problem, 1800)) {
            p.add(TasksMessages.f_problem);
        }
        String day = TaskAccess.dayProblem(foundOn, null);
        if (day != null) {
            p.add(day);
        }
        if (!p.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.loop_refused, bodyCode, String.join("; ", p)));
        }
        return store.db().tx(em -> {
            TaskBodyEntity body = em.createQuery("select b from TaskBody b where b.code = :b and b.countyCode = :c", TaskBodyEntity.class)
                    .setParameter("b", bodyCode).setParameter("c", county.code()).getResultStream().findFirst().orElse(null);
            if (body == null) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.loop_refused, bodyCode, TasksMessages.bind(TasksMessages.no_body,
                        bodyCode)));
            }
            if (assignmentId != null) {
                AssignmentEntity a = em.find(AssignmentEntity.class, assignmentId);
                if (a == null || !a.bodyCode.equals(body.code)) {
                    TaskAccess.refuse(TasksMessages.bind(TasksMessages.no_assignment, assignmentId));
                }
            }
            ClosedLoopEntity l = new ClosedLoopEntity();
            l.countyCode = county.code();
            l.bodyCode = body.code;
            l.orgPath = body.orgPath;
            l.category = category.strip();
            l.problem = problem.strip();
            l.foundOn = foundOn;
            l.assignmentId = assignmentId;
            l.stage = LoopStage.FOUND;
            em.persist(l);
            em.flush();
            return step(em, subject, l, "FIND", foundOn, l.category + ": " + l.problem);
        });
    }

    /** Records the step in the loop's history and the audit log, in the change's transaction; the loop as it is now. */
    private LoopView step(EntityManager em, Subject subject, ClosedLoopEntity l, String step, LocalDate on, String detail) {
        LoopStepEntity s = new LoopStepEntity();
        s.loopId = l.id;
        s.step = step;
        s.on = on;
        s.detail = detail;
        s.by = subject.username();
        s.at = Instant.now();
        em.persist(s);
        em.flush();
        audit.append(em, subject, AuditLog.CHANGE, "tasks-loop:" + l.id, step + " " + on);
        return view(l, names(em).getOrDefault(l.bodyCode, l.bodyCode), LocalDate.now(), Set.of());
    }

    private static Map<String, String> names(EntityManager em) {
        Map<String, String> names = new HashMap<>();
        for (Object[] r : em.createQuery("select b.code, b.name from TaskBody b", Object[].class).getResultList()) {
            names.put((String) r[0], (String) r[1]);
        }
        return names;
    }

    private ClosedLoopEntity loop(EntityManager em, Subject subject, long id, long expectedVersion) {
        ClosedLoopEntity l = em.find(ClosedLoopEntity.class, id);
        if (l == null || !subject.covers(l.orgPath)) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_loop, id));
        }
        if (l.version != expectedVersion) {
            throw new StaleDataException(TasksMessages.bind(TasksMessages.loop_stale, id));
        }
        return l;
    }

    private static void refuseStep(long id, List<String> p) {
        if (!p.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.step_refused, id, String.join("; ", p)));
        }
    }

    @Override
    public LoopView assign(Subject subject, long loopId, long expectedVersion, String owner, LocalDate deadline, LocalDate on) {
        TaskAccess.require(TaskRights.issues(subject.role()), TasksMessages.may_not_issue, subject);
        return store.db().tx(em -> {
            ClosedLoopEntity l = loop(em, subject, loopId, expectedVersion);
            access().issuer(subject, l.countyCode);
            List<String> p = new ArrayList<>();
            if (l.stage != LoopStage.FOUND) {
                p.add(TasksMessages.loop_assigned_already);
            }
            if (blank(owner, 100)) {
                p.add(TasksMessages.f_owner);
            }
            String day = TaskAccess.dayProblem(on, l.foundOn);
            if (day != null) {
                p.add(day);
            }
            if (deadline == null || on != null && deadline.isBefore(on)) {
                p.add(TasksMessages.f_deadline);
            }
            refuseStep(loopId, p);
            l.stage = LoopStage.ASSIGNED;
            l.owner = owner.strip();
            l.deadline = deadline;
            l.assignedOn = on;
            return step(em, subject, l, "ASSIGN", on, l.owner + " → " + deadline);
        });
    }

    @Override
    public LoopView rectify(Subject subject, long loopId, long expectedVersion, Path evidence, String note, LocalDate on)
            throws IOException {
        TaskAccess.reporter(subject);
        List<String> early = new ArrayList<>();
        String problem = evidence == null ? TasksMessages.bind(TasksMessages.evidence_unreadable, "") : Evidence.problem(evidence);
        if (problem != null) {
            early.add(problem);
        }
        if (note != null && note.strip().length() > 1000) {
            early.add(TasksMessages.f_note_short);
        }
        String own = TaskAccess.ownDayProblem(subject, on);
        if (own != null) {
            early.add(own);
        }
        refuseStep(loopId, early);
        // scope, version and stage first: a refused rectification copies no file
        store.db().read(em -> {
            refuseStep(loopId, rectifyProblems(loop(em, subject, loopId, expectedVersion), on));
            return null;
        });
        String sha = Evidence.store(dataDirectory, evidence);
        LoopView done = store.db().tx(em -> {
            ClosedLoopEntity l = loop(em, subject, loopId, expectedVersion);
            refuseStep(loopId, rectifyProblems(l, on));
            l.stage = LoopStage.RECTIFIED;
            l.rectifiedOn = on;
            l.evidenceSha = sha;
            l.evidenceName = evidence.getFileName().toString();
            l.rectifiedBy = subject.username();
            return step(em, subject, l, "RECTIFY", on, l.evidenceName + " sha256=" + sha + (note == null || note.isBlank() ? ""
                    : ": " + note.strip()));
        });
        String org = store.db().read(em -> Bodies.orgCode(em, done.bodyCode()));
        Evidence.offerToSearch(search, subject, dataDirectory, org, "loop-" + loopId + "-" + evidence.getFileName(), sha);
        return done;
    }

    private static List<String> rectifyProblems(ClosedLoopEntity l, LocalDate on) {
        List<String> p = new ArrayList<>();
        if (l.stage != LoopStage.ASSIGNED && l.stage != LoopStage.RECTIFIED) {
            p.add(l.stage == LoopStage.CLOSED ? TasksMessages.loop_closed : TasksMessages.loop_not_assigned);
        } else {
            String day = TaskAccess.dayProblem(on, l.rectifiedOn != null ? l.rectifiedOn : l.assignedOn);
            if (day != null) {
                p.add(day);
            }
        }
        return p;
    }

    @Override
    public LoopView account(Subject subject, long loopId, long expectedVersion, String accountability, LocalDate on) {
        TaskAccess.require(TaskRights.issues(subject.role()), TasksMessages.may_not_issue, subject);
        return store.db().tx(em -> {
            ClosedLoopEntity l = loop(em, subject, loopId, expectedVersion);
            access().issuer(subject, l.countyCode);
            List<String> p = new ArrayList<>();
            if (l.stage == LoopStage.FOUND || l.stage == LoopStage.CLOSED) {
                p.add(l.stage == LoopStage.CLOSED ? TasksMessages.loop_closed : TasksMessages.loop_not_assigned);
            }
            if (blank(accountability, 2000)) {
                p.add(TasksMessages.f_accountability);
            }
            String day = TaskAccess.dayProblem(on, l.assignedOn);
            if (day != null) {
                p.add(day);
            }
            refuseStep(loopId, p);
            l.accountability = accountability.strip();
            l.accountedOn = on;
            return step(em, subject, l, "ACCOUNT", on, l.accountability);
        });
    }

    @Override
    public LoopView close(Subject subject, long loopId, long expectedVersion, LocalDate on) {
        TaskAccess.require(TaskRights.issues(subject.role()), TasksMessages.may_not_issue, subject);
        return store.db().tx(em -> {
            ClosedLoopEntity l = loop(em, subject, loopId, expectedVersion);
            access().issuer(subject, l.countyCode);
            List<String> p = new ArrayList<>();
            if (l.stage != LoopStage.RECTIFIED) {
                p.add(l.stage == LoopStage.CLOSED ? TasksMessages.loop_closed : TasksMessages.loop_needs_rectification);
            } else {
                boolean rectified = !em.createQuery("select s.id from LoopStep s where s.loopId = :l and s.step = 'RECTIFY'"
                        + " and s.by = :u", Long.class).setParameter("l", l.id).setParameter("u", subject.username()).getResultList()
                        .isEmpty();
                if (rectified || owner(subject, l.owner)) {
                    p.add(TasksMessages.reviewer_is_owner);
                }
                String day = TaskAccess.dayProblem(on, l.rectifiedOn);
                if (day != null) {
                    p.add(day);
                }
            }
            refuseStep(loopId, p);
            l.stage = LoopStage.CLOSED;
            l.closedOn = on;
            l.reviewer = subject.username();
            return step(em, subject, l, "CLOSE", on, "reviewed by " + subject.username());
        });
    }

    /** Whether the owner named on the loop is the subject (by login, or by a name that contains the display name). */
    private static boolean owner(Subject subject, String owner) {
        if (owner == null) {
            return false;
        }
        String o = owner.strip();
        return o.equals(subject.username()) || !subject.displayName().isBlank() && o.contains(subject.displayName().strip());
    }

    @Override
    public List<LoopView> loops(Subject subject, String countyCode, LocalDate asOf) {
        TaskAccess.reader(subject);
        OrgNodeView county = access().county(subject, countyCode);
        return store.db().read(em -> {
            List<ClosedLoopEntity> all = em.createQuery("select l from ClosedLoop l where l.countyCode = :c"
                    + " order by l.foundOn desc, l.id desc",
                    ClosedLoopEntity.class).setParameter("c", county.code()).getResultList();
            Map<String, String> names = names(em);
            List<LoopView> out = new ArrayList<>();
            for (ClosedLoopEntity l : all) {
                if (subject.covers(l.orgPath)) {
                    out.add(view(l, names.getOrDefault(l.bodyCode, l.bodyCode), asOf, signs(l, all, asOf)));
                }
            }
            return out;
        });
    }

    /** The patrol ledger's rule, through core: overdue, closed late, and the signs of paper-only rectification. */
    static Set<RectificationSign> signs(ClosedLoopEntity l, List<ClosedLoopEntity> all, LocalDate asOf) {
        if (l.deadline == null) {
            return Set.of();
        }
        boolean closed = l.stage == LoopStage.CLOSED;
        boolean again = closed && all.stream().anyMatch(o -> o.id != l.id && o.bodyCode.equals(l.bodyCode) && o.category.equals(l.category)
                && l.closedOn != null && !o.foundOn.isBefore(l.closedOn));
        return RectificationSigns.of(l.deadline, closed, l.closedOn, l.evidenceSha != null, l.rectifiedOn, again, asOf);
    }

    private static LoopView view(ClosedLoopEntity l, String bodyName, LocalDate asOf, Set<RectificationSign> signs) {
        return new LoopView(l.id, l.version, l.bodyCode, bodyName, l.category, l.problem, l.foundOn, l.assignmentId, l.stage, l.owner,
                l.deadline, l.assignedOn, l.rectifiedOn, l.evidenceName, l.accountability, l.accountedOn, l.closedOn, l.reviewer, signs);
    }

    @Override
    public List<LoopStep> history(Subject subject, long loopId) {
        TaskAccess.reader(subject);
        return store.db().read(em -> {
            ClosedLoopEntity l = em.find(ClosedLoopEntity.class, loopId);
            if (l == null || !subject.covers(l.orgPath)) {
                throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.no_loop, loopId));
            }
            return em.createQuery("select s from LoopStep s where s.loopId = :l order by s.id", LoopStepEntity.class).setParameter("l",
                    loopId)
                    .getResultList().stream().map(s -> new LoopStep(s.step, s.on, s.detail, s.by)).toList();
        });
    }
}
