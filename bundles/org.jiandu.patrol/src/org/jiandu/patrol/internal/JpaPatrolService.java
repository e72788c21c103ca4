package org.jiandu.patrol.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolPlanner;
import org.jiandu.patrol.PatrolRights;
import org.jiandu.patrol.PatrolSchedule;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.TermView;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Member;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.PlanChecker;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;
import org.jiandu.patrol.planning.Violation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/** Patrol terms, targets, teams and plans in the module's own tables; the planner is a service of its own. */
@Component(service = PatrolService.class)
public class JpaPatrolService implements PatrolService {

    /** Key villages at or above this risk are inspected by elevation (提级巡). */
    static final int ELEVATED_RISK = 60;

    @Reference
    PatrolStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Reference
    PatrolPlanner planner;

    private static void checkPlanner(Subject s) {
        if (!PatrolRights.plans(s.role())) {
            throw new AccessDeniedException(PatrolMessages.bind(PatrolMessages.may_not_plan, s.displayName()));
        }
    }

    /** Plans name team members and their relatives' workplaces: only those who plan and carry out patrols read them. */
    private static void checkReader(Subject s) {
        if (!PatrolRights.plans(s.role())) {
            throw new AccessDeniedException(PatrolMessages.bind(PatrolMessages.may_not_read_plans, s.displayName()));
        }
    }

    /** The county node, which must be in the subject's scope or contain it (a township user reads its county's plan). */
    private OrgNodeView county(Subject subject, String countyCode) {
        OrgNodeView c = orgs.find(subject, countyCode).orElseThrow(() -> new IllegalArgumentException(
                PatrolMessages.bind(PatrolMessages.no_county, countyCode)));
        if (c.level() != OrgLevel.COUNTY) {
            throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_county, countyCode));
        }
        return c;
    }

    static int[] years(String term) {
        String[] p = term == null ? new String[0] : term.strip().split("-");
        try {
            if (p.length == 2) {
                int a = Integer.parseInt(p[0]), b = Integer.parseInt(p[1]);
                if (a >= 2000 && b <= 2100 && a <= b && b - a <= 9) {
                    return new int[] { a, b };
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.bad_term, term));
    }

    /** How a county's term is stored: {@code danfeng:2026-2030}; the term text is checked on the way. */
    static String termCode(String countyCode, String term) {
        int[] y = years(term);
        return countyCode + ":" + y[0] + "-" + y[1];
    }

    private static PatrolTerm findTerm(EntityManager em, String code) {
        return em.createQuery("select t from PatrolTerm t where t.code = :c", PatrolTerm.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }

    static TermView view(PatrolTerm t) {
        return new TermView(t.code, t.orgCode, t.firstYear, t.lastYear, t.rounds.stream()
                .map(r -> new Round(r.number, r.start, r.end, r.completed, r.capacity)).toList());
    }

    @Override
    public TermView term(Subject subject, String countyCode, String term, int roundsPerYear) {
        checkReader(subject);
        OrgNodeView county = county(subject, countyCode);
        int[] y = years(term);
        if (roundsPerYear < 1 || roundsPerYear > 4) {
            throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.bad_rounds, roundsPerYear));
        }
        String code = termCode(county.code(), term);
        PatrolTerm existing = store.db().read(em -> findTerm(em, code));
        if (existing != null) {
            return view(existing);
        }
        checkPlanner(subject);
        PatrolTerm t = newTerm(county, y, roundsPerYear, targets(orgs, subject, county, infos(county)));
        store.db().txRun(em -> {
            em.persist(t);
            audit.append(em, subject, AuditLog.CHANGE, "patrol-term:" + code, t.rounds.size() + " rounds");
        });
        return view(t);
    }

    /**
     * A new term of the county with {@code roundsPerYear} rounds a year (spring and autumn rounds of three months
     * each), each round paced to the term's share of the targets' load.
     */
    static PatrolTerm newTerm(OrgNodeView county, int[] y, int roundsPerYear, List<Target> targets) {
        int rounds = (y[1] - y[0] + 1) * roundsPerYear;
        int pace = roundCapacity(targets.stream().mapToInt(Target::load).sum(), rounds);
        PatrolTerm t = new PatrolTerm();
        t.code = county.code() + ":" + y[0] + "-" + y[1];
        t.orgCode = county.code();
        t.orgPath = county.path();
        t.firstYear = y[0];
        t.lastYear = y[1];
        int n = 1;
        for (int year = y[0]; year <= y[1]; year++) {
            for (int k = 0; k < roundsPerYear; k++) {
                PatrolRoundEntity r = new PatrolRoundEntity();
                r.number = n++;
                r.start = LocalDate.of(year, 3 + k * (10 / roundsPerYear), 1);
                r.end = r.start.plusMonths(3).minusDays(1);
                r.capacity = pace;
                t.rounds.add(r);
            }
        }
        return t;
    }

    @Override
    public Problem problem(Subject subject, String countyCode, String term) {
        checkReader(subject);
        Problem p = load(subject, countyCode, term);
        long members = p.teams().stream().mapToLong(t -> t.members().size()).sum();
        long relatives = p.teams().stream().flatMap(t -> t.members().stream()).mapToLong(m -> m.relativesAt().size()).sum();
        audit.append(subject, AuditLog.READ, "patrol-plan:" + p.term(), "targets=" + p.targets().size() + " teams="
                + p.teams().size() + " members=" + members + " relatives=" + relatives + " assignments=" + p.previous().size());
        return p;
    }

    /** The term's problem for the service's own use (planning, checking, exporting), which audits what it does. */
    private Problem load(Subject subject, String countyCode, String term) {
        OrgNodeView county = county(subject, countyCode);
        int[] y = years(term);
        String code = termCode(county.code(), term);
        Map<String, TargetInfo> info = infos(county);
        List<Team> teams = new ArrayList<>();
        PatrolTerm[] t = new PatrolTerm[1];
        List<Assignment> previous = new ArrayList<>();
        store.db().read(em -> {
            t[0] = findTerm(em, code);
            for (PatrolTeamEntity team : em.createQuery("select t from PatrolTeam t where t.orgPath = :p order by t.code",
                    PatrolTeamEntity.class).setParameter("p", county.path()).getResultList()) {
                teams.add(team(team));
            }
            if (t[0] != null) {
                t[0].rounds.size();
                previous.addAll(current(em, t[0].id));
            }
            return null;
        });
        if (t[0] == null) {
            throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_term, y[0] + "-" + y[1], county.name()));
        }
        List<Target> targets = targets(orgs, subject, county, info);
        return new Problem(code, y[0], targets, teams, view(t[0]).rounds(), previous, ELEVATED_RISK);
    }

    /**
     * The share of the term's work one round may take: the total spread evenly over the rounds, with a quarter more
     * so that risk can still pull work forward.
     */
    static int roundCapacity(int totalLoad, int rounds) {
        return (int) Math.ceil(totalLoad * 1.25 / Math.max(1, rounds));
    }

    private Map<String, TargetInfo> infos(OrgNodeView county) {
        Map<String, TargetInfo> info = new HashMap<>();
        store.db().read(em -> em.createQuery("select i from TargetInfo i where i.orgPath like :p", TargetInfo.class)
                .setParameter("p", county.path() + "%").getResultList()).forEach(i -> info.put(i.orgCode, i));
        return info;
    }

    /** Every open county-level unit, township and village of the county as a target (closed ones are not inspected). */
    static List<Target> targets(OrgService orgs, Subject subject, OrgNodeView county, Map<String, TargetInfo> info) {
        List<Target> targets = new ArrayList<>();
        for (OrgNodeView n : orgs.children(subject, county.code())) {
            if (n.closed()) {
                continue;
            }
            if (n.level() == OrgLevel.UNIT) {
                targets.add(target(n, TargetKind.UNIT, null, info.get(n.code()), null));
            } else if (n.level() == OrgLevel.TOWNSHIP) {
                TargetInfo ti = info.get(n.code());
                String zone = ti == null ? null : ti.zone;
                targets.add(target(n, TargetKind.TOWNSHIP, n.code(), ti, zone));
                for (OrgNodeView v : orgs.children(subject, n.code())) {
                    if (v.level() == OrgLevel.VILLAGE && !v.closed()) {
                        targets.add(target(v, TargetKind.VILLAGE, n.code(), info.get(v.code()), zone));
                    }
                }
            }
        }
        return targets;
    }

    private static Target target(OrgNodeView n, TargetKind kind, String township, TargetInfo i, String zone) {
        TargetClass cls = i == null ? TargetClass.NORMAL : i.cls;
        int load = switch (kind) {
            case UNIT -> UNIT_LOAD;
            case TOWNSHIP -> TOWNSHIP_LOAD;
            case VILLAGE -> cls == TargetClass.KEY ? KEY_VILLAGE_LOAD : VILLAGE_LOAD;
        };
        return new Target(n.code(), n.name(), kind, township, zone, cls, i == null ? 0 : i.risk(), load);
    }

    static Team team(PatrolTeamEntity t) {
        List<Member> members = new ArrayList<>();
        for (PatrolMemberEntity m : t.members) {
            List<Member.Stint> worked = new ArrayList<>();
            if (m.worked != null) {
                for (String w : m.worked.split(",")) {
                    String[] kv = w.split(":");
                    if (kv.length == 2) {
                        worked.add(new Member.Stint(kv[0].strip(), Integer.parseInt(kv[1].strip())));
                    }
                }
            }
            Set<String> relatives = new HashSet<>();
            if (m.relatives != null) {
                for (String r : m.relatives.split(",")) {
                    if (!r.isBlank()) {
                        relatives.add(r.strip());
                    }
                }
            }
            members.add(new Member(m.name, m.homeTownship, worked, relatives));
        }
        return new Team(t.code, t.name, t.zone, t.capacity, members);
    }

    /** The latest plan's assignments. */
    private static List<Assignment> current(EntityManager em, long termId) {
        List<PatrolPlanEntity> plans = em.createQuery("select p from PatrolPlan p where p.termId = :t order by p.id desc",
                PatrolPlanEntity.class).setParameter("t", termId).setMaxResults(1).getResultList();
        return plans.isEmpty() ? List.of() : plans.get(0).assignments.stream()
                .map(a -> new Assignment(a.round, a.team, a.target, a.mode)).toList();
    }

    @Override
    public Plan plan(Subject subject, String countyCode, String term, long seed, int steps) {
        checkPlanner(subject);
        Problem p = load(subject, countyCode, term);
        Plan plan = planner.plan(p, seed, steps);
        save(subject, p, plan.assignments(), seed, steps, plan.feasible(), plan.softScore(), plan.lowerBound(), "feasible="
                + plan.feasible() + " targets=" + p.targets().size() + " unplannable=" + plan.unplannable().size() + " score="
                + plan.softScore() + " bound=" + plan.lowerBound() + " changed=" + plan.changed() + " seed=" + seed + " steps=" + steps);
        return plan;
    }

    @Override
    public void savePlan(Subject subject, String countyCode, String term, List<Assignment> plan) {
        checkPlanner(subject);
        Problem p = load(subject, countyCode, term);
        List<Violation> v = PlanChecker.check(p, plan);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.plan_refused, v.size(),
                    String.join("; ", v.stream().limit(5).map(Violation::message).toList())));
        }
        Set<Assignment> before = new HashSet<>(p.previous());
        long changed = plan.stream().filter(a -> !before.contains(a)).count();
        save(subject, p, plan, 0, 0, true, -1, -1, "edited by hand, " + changed + " assignments changed");
    }

    /** A new current plan, with its audit entry in the same transaction; score and bound -1 for a plan edited by hand. */
    private void save(Subject subject, Problem p, List<Assignment> assignments, long seed, int steps, boolean feasible, long score,
            long bound, String auditDetail) {
        store.db().txRun(em -> {
            em.persist(planEntity(findTerm(em, p.term()).id, subject.username(), assignments, seed, steps, feasible, score, bound));
            audit.append(em, subject, AuditLog.CHANGE, "patrol-plan:" + p.term(), auditDetail);
        });
    }

    /** A plan of a term as it is saved; score and bound -1 for a plan edited by hand. */
    static PatrolPlanEntity planEntity(long termId, String by, List<Assignment> assignments, long seed, int steps, boolean feasible,
            long score, long bound) {
        PatrolPlanEntity e = new PatrolPlanEntity();
        e.termId = termId;
        e.seed = seed;
        e.steps = steps;
        e.feasible = feasible;
        e.softScore = score;
        e.lowerBound = bound;
        e.createdBy = by;
        e.createdAt = Instant.now();
        for (Assignment a : assignments) {
            PlannedAssignment pa = new PlannedAssignment();
            pa.round = a.round();
            pa.team = a.team();
            pa.target = a.target();
            pa.mode = a.mode();
            e.assignments.add(pa);
        }
        return e;
    }

    @Override
    public List<Assignment> currentPlan(Subject subject, String countyCode, String term) {
        checkReader(subject);
        OrgNodeView county = county(subject, countyCode);
        String code = termCode(county.code(), term);
        List<Assignment> plan = store.db().read(em -> {
            PatrolTerm t = findTerm(em, code);
            return t == null ? List.<Assignment>of() : current(em, t.id);
        });
        audit.append(subject, AuditLog.READ, "patrol-plan:" + code, "assignments=" + plan.size());
        return plan;
    }

    @Override
    public List<Violation> check(Subject subject, String countyCode, String term, List<Assignment> plan) {
        checkReader(subject);
        List<Violation> v = PlanChecker.check(load(subject, countyCode, term), plan);
        audit.append(subject, AuditLog.READ, "patrol-check:" + countyCode + ":" + term, "assignments=" + plan.size()
                + " violations=" + v.size());
        return v;
    }

    @Override
    public void exportPlan(Subject subject, String countyCode, String term, Path xlsx) throws IOException {
        checkReader(subject);
        Problem p = load(subject, countyCode, term);
        Map<String, Target> targets = new HashMap<>();
        p.targets().forEach(t -> targets.put(t.code(), t));
        Map<String, String> teams = new HashMap<>();
        p.teams().forEach(t -> teams.put(t.code(), t.name()));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(PatrolMessages.x_round, PatrolMessages.x_team, PatrolMessages.x_code, PatrolMessages.x_target,
                PatrolMessages.x_class, PatrolMessages.x_risk, PatrolMessages.x_mode));
        Set<String> planned = new HashSet<>();
        for (Assignment a : p.previous()) {
            Target t = targets.get(a.target());
            planned.add(a.target());
            rows.add(List.of(a.round(), teams.getOrDefault(a.team(), a.team()), a.target(), t == null ? "" : t.name(),
                    t == null ? "" : t.cls().chinese(), t == null ? 0 : t.risk(), a.mode().chinese()));
        }
        List<List<Object>> missing = new ArrayList<>();
        missing.add(List.of(PatrolMessages.x_code, PatrolMessages.x_target));
        p.targets().stream().filter(t -> !planned.contains(t.code())).forEach(t -> missing.add(List.of(t.code(), t.name())));
        org.jiandu.core.pdf.PdfReport.writeSheets(xlsx, PatrolMessages.bind(PatrolMessages.x_plan_title, p.term()), List.of(
                new org.jiandu.core.office.XlsxWriter.Sheet(PatrolMessages.x_sheet_plan, rows),
                new org.jiandu.core.office.XlsxWriter.Sheet(PatrolMessages.x_sheet_missing, missing)));
        audit.append(subject, AuditLog.EXPORT, "patrol-plan:" + p.term(), Exports.describe(xlsx) + " assignments="
                + p.previous().size() + " unplanned=" + (missing.size() - 1));
    }

    @Override
    public PatrolSchedule schedule(Subject subject, String countyCode, String term) {
        if (!PatrolRights.readsSchedule(subject.role())) {
            throw new AccessDeniedException(PatrolMessages.bind(PatrolMessages.may_not_read_schedule, subject.displayName()));
        }
        String code = termCode(countyCode, term);
        PatrolSchedule schedule = store.db().read(em -> {
            PatrolTerm t = findTerm(em, code);
            if (t == null) {
                return Schedules.of(subject, orgs, term, null, List.of(), Map.of());
            }
            t.rounds.size();
            Map<String, String> teams = new HashMap<>();
            em.createQuery("select t from PatrolTeam t where t.orgPath = :p", PatrolTeamEntity.class).setParameter("p", t.orgPath)
                    .getResultList().forEach(x -> teams.put(x.code, x.name));
            return Schedules.of(subject, orgs, term, t, current(em, t.id), teams);
        });
        audit.append(subject, AuditLog.READ, "patrol-schedule:" + code, "entries=" + schedule.entries().size());
        return schedule;
    }

    @Override
    public void completeRound(Subject subject, String countyCode, String term, int round) {
        checkPlanner(subject);
        OrgNodeView county = county(subject, countyCode);
        String code = termCode(county.code(), term);
        store.db().txRun(em -> {
            PatrolTerm t = findTerm(em, code);
            PatrolRoundEntity r = t == null ? null : t.rounds.stream().filter(x -> x.number == round).findFirst().orElse(null);
            if (r == null) {
                throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_round, round, term));
            }
            r.completed = true;
            audit.append(em, subject, AuditLog.CHANGE, "patrol-round:" + code + "#" + round, "completed");
        });
    }
}
