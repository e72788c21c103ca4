package org.jiandu.tasks.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.BodyView;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.ReportView;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TaskStatus;
import org.jiandu.tasks.TasksService;
import org.jiandu.tasks.Warning;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Task lists, reports and verifications in the module's tables, scoped by each body's organisation path: bodies and
 * assignments here; lists in {@link TaskLists}, reports and verifications in {@link Reporting}, scores in {@link Scores}.
 */
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

    private TaskLists lists() {
        return new TaskLists(store, orgs, audit);
    }

    private Reporting reporting() {
        return new Reporting(store, orgs, audit, dataDirectory, search);
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
            params.put("period", TaskLists.period(period).label());
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
                .filter(a -> TaskLists.period(period).contains(a.deadline())).toList();
        TasksExport.write(file, countyCode, table, rows);
        audit.append(subject, AuditLog.EXPORT, "tasks-ranking:" + countyCode + ":" + table.period(), file.getFileName() + " sha256="
                + Hashes.sha256(Files.readAllBytes(file)) + " rows=" + rows.size());
    }

    @Override
    public TaskListView issue(Subject subject, String countyCode, ListDraft draft) {
        return lists().issue(subject, countyCode, draft);
    }

    @Override
    public TaskListView copy(Subject subject, long listId, String period, LocalDate issuedOn) {
        return lists().copy(subject, listId, period, issuedOn);
    }

    @Override
    public List<TaskListView> lists(Subject subject, String countyCode, String period) {
        return lists().lists(subject, countyCode, period);
    }

    @Override
    public List<ReportView> history(Subject subject, long assignmentId) {
        return reporting().history(subject, assignmentId);
    }

    @Override
    public AssignmentView report(Subject subject, long assignmentId, long expectedVersion, String text, Path evidence, LocalDate on)
            throws IOException {
        return reporting().report(subject, assignmentId, expectedVersion, text, evidence, on);
    }

    @Override
    public AssignmentView verify(Subject subject, long assignmentId, long expectedVersion, Outcome outcome, String note, LocalDate on,
            LocalDate reportBy) {
        return reporting().verify(subject, assignmentId, expectedVersion, outcome, note, on, reportBy);
    }
}
