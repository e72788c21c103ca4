package org.jiandu.patrol.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolPlanner;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * Demo patrol data per county: every target's class, risk parts and collaboration zone (townships in groups of four;
 * Zhashui's five zones in the report work the same way), four teams with members whose past posts, relatives and
 * home townships make recusal matter, and the current term planned with its finished rounds completed.
 */
@Component(service = ModuleDemoData.class, property = ModuleDemoData.MODULE + "=patrol")
public class DemoPatrol implements ModuleDemoData {

    private static final String[] TEAMS = { "第一巡察组", "第二巡察组", "第三巡察组", "第四巡察组" };
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚".split("");

    @Reference
    PatrolStore store;

    @Reference
    OrgService orgs;

    @Reference
    PatrolPlanner planner;

    @Reference
    AuditLog audit;

    @Override
    public String id() {
        return "patrol";
    }

    /**
     * Every county's demo rows in one transaction with the marker entry the core resumes by, so a load killed half-way
     * leaves nothing of the module behind and {@code jiandu demo-data} loads it again.
     */
    @Override
    public void load(Subject system, List<CountyProfile> counties) {
        store.db().txRun(em -> {
            for (CountyProfile county : counties) {
                county(em, system, county);
            }
            audit.append(em, "system", AuditLog.CHANGE, TARGET_PREFIX + id(), "targets, teams, the planned term and its ledger of "
                    + counties.stream().map(CountyProfile::id).toList());
        });
    }

    /**
     * One county: targets, teams, the current term planned at its start (rounds already over are then history) and
     * the ledger of those rounds.
     */
    private void county(EntityManager em, Subject system, CountyProfile county) {
        OrgNodeView c = orgs.find(system, county.id()).orElse(null);
        if (c == null) {
            return;
        }
        Random r = new Random(county.id().hashCode() * 13L + 5);
        List<OrgNodeView> townships = new ArrayList<>();
        Map<String, TargetInfo> infos = new HashMap<>();
        int index = 0;
        for (OrgNodeView n : orgs.children(system, county.id())) {
            if (n.level() == OrgLevel.UNIT) {
                keep(em, infos, info(n, r, null, r.nextInt(10) == 0 ? TargetClass.KEY : TargetClass.NORMAL, 400));
            } else if (n.level() == OrgLevel.TOWNSHIP) {
                townships.add(n);
                String zone = "第" + "一二三四五六".charAt(Math.min(5, index++ / 4)) + "协作区";
                keep(em, infos, info(n, r, zone, r.nextInt(4) == 0 ? TargetClass.KEY : TargetClass.WATCH, 3000));
                for (OrgNodeView v : orgs.children(system, n.code())) {
                    if (v.level() == OrgLevel.VILLAGE) {
                        int dice = r.nextInt(100);
                        keep(em, infos, info(v, r, zone, dice < 8 ? TargetClass.KEY : dice < 33 ? TargetClass.WATCH
                                : TargetClass.NORMAL, 300));
                    }
                }
            }
        }
        List<Team> teams = new ArrayList<>();
        for (int k = 0; k < TEAMS.length; k++) {
            PatrolTeamEntity t = new PatrolTeamEntity();
            t.code = county.id() + "-team" + (k + 1);
            t.name = TEAMS[k];
            t.zone = k < 3 ? "第" + "一二三".charAt(k) + "协作区" : null;
            t.capacity = 120;
            t.orgPath = c.path();
            for (int m = 0; m < 3; m++) {
                PatrolMemberEntity member = new PatrolMemberEntity();
                member.name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
                OrgNodeView home = townships.get(r.nextInt(townships.size()));
                member.homeTownship = m == 0 ? home.code() : null;
                OrgNodeView worked = townships.get(r.nextInt(townships.size()));
                member.worked = worked.code() + ":" + (2021 + r.nextInt(5));
                member.relatives = m == 2 ? townships.get(r.nextInt(townships.size())).code() + "-v001" : null;
                t.members.add(member);
            }
            em.persist(t);
            teams.add(JpaPatrolService.team(t));
        }
        // the term this year belongs to, planned at its start; rounds already over are then history
        String term = PatrolService.termContaining(LocalDate.now().getYear());
        int[] y = JpaPatrolService.years(term);
        List<Target> targets = JpaPatrolService.targets(orgs, system, c, infos);
        PatrolTerm t = JpaPatrolService.newTerm(c, y, 2, targets);
        em.persist(t);
        em.flush();
        Problem problem = new Problem(t.code, y[0], targets, teams, JpaPatrolService.view(t).rounds(), List.of(),
                JpaPatrolService.ELEVATED_RISK);
        Plan plan = planner.plan(problem, 2026, 20_000);
        em.persist(JpaPatrolService.planEntity(t.id, system.username(), plan.assignments(), 2026, 20_000, plan.feasible(),
                plan.softScore(), plan.lowerBound()));
        List<Round> done = new ArrayList<>();
        for (PatrolRoundEntity round : t.rounds) {
            if (round.end.isBefore(LocalDate.now())) {
                round.completed = true;
                done.add(new Round(round.number, round.start, round.end, true, round.capacity));
            }
        }
        ledger(em, system, county, term, done, plan.assignments(), r);
    }

    private static void keep(EntityManager em, Map<String, TargetInfo> infos, TargetInfo i) {
        em.persist(i);
        infos.put(i.orgCode, i);
    }

    private static final String[] CATEGORIES = { "三资管理不规范", "惠农补贴发放不规范", "村务公开不及时", "工程项目程序不规范",
            "\"三重一大\"决策不规范", "财务报销不规范" };

    /**
     * Findings of the completed rounds with their rectification: most closed with evidence, some still open (and
     * overdue), and the three kinds of 纸面整改 the ledger must catch: closed without evidence (carried over from an
     * old spreadsheet ledger), evidence dated after closing, and the same problem found again by a later thematic
     * inspection.
     */
    private void ledger(EntityManager em, Subject system, CountyProfile county, String term, List<Round> done,
            List<Assignment> plan, Random r) {
        if (done.isEmpty()) {
            return;
        }
        String termCode = county.id() + ":" + term;
        Map<String, OrgNodeView> nodes = new HashMap<>();
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        int[] k = { 0 };
        {
            List<Finding> closedFindings = new ArrayList<>();
            for (Round round : done) {
                for (Assignment a : plan) {
                    if (a.round() != round.number() || r.nextInt(100) >= 25) {
                        continue;
                    }
                    OrgNodeView n = nodes.computeIfAbsent(a.target(), c -> orgs.find(system, c).orElse(null));
                    if (n == null) {
                        continue;
                    }
                    LocalDate found = round.start().plusDays(20 + r.nextInt(30));
                    RectificationItem item = new RectificationItem();
                    item.orgPath = n.path();
                    item.owner = n.name() + "党组织书记";
                    item.deadline = round.end().plusDays(60);
                    item.updatedBy = "system";
                    item.updatedAt = now;
                    // one in twenty of each paper-only kind and one closed late, two open past the deadline, three in progress,
                    // the rest closed; an item whose deadline is still ahead is open
                    int state = k[0]++ % 20;
                    boolean past = item.deadline.minusDays(2).isBefore(today);
                    if (past && state == 0) {
                        item.stage = org.jiandu.patrol.RectificationStage.CLOSED; // from the old ledger, without evidence
                        item.closedOn = item.deadline.minusDays(3);
                        item.reviewer = "原台账导入";
                    } else if (past && state == 1) {
                        close(item, item.deadline.minusDays(2), item.deadline.minusDays(12), r); // evidence after closing
                    } else if (past && state == 7 && item.deadline.plusDays(12).isBefore(today)) {
                        close(item, item.deadline.plusDays(4), item.deadline.plusDays(10), r); // closed after the deadline
                    } else if (state <= 3 || (!past && state >= 7)) {
                        item.stage = org.jiandu.patrol.RectificationStage.ASSIGNED;
                    } else if (state <= 6) {
                        item.stage = org.jiandu.patrol.RectificationStage.IN_PROGRESS;
                        item.evidenceSha = Hashes.sha256(n.code() + found);
                        item.evidenceName = "整改进展情况.pdf";
                        item.evidenceOn = found.plusDays(30).isAfter(today) ? today : found.plusDays(30);
                    } else {
                        close(item, item.deadline.minusDays(10), item.deadline.minusDays(5), r);
                    }
                    em.persist(item);
                    em.flush();
                    Finding f = finding(termCode, round.number(), n, a.team(), CATEGORIES[r.nextInt(CATEGORIES.length)], found, item, now);
                    em.persist(f);
                    if (item.stage == org.jiandu.patrol.RectificationStage.CLOSED && item.evidenceSha != null) {
                        closedFindings.add(f);
                    }
                }
            }
            // a later thematic inspection finds two closed problems again (问题反弹)
            for (int i = 0; i < Math.min(2, closedFindings.size()); i++) {
                Finding old = closedFindings.get(i * 3 % closedFindings.size());
                RectificationItem oldItem = em.find(RectificationItem.class, old.itemId);
                LocalDate found = oldItem.closedOn.plusDays(30);
                if (found.isAfter(today) || old.round >= done.get(done.size() - 1).number()) {
                    continue;
                }
                RectificationItem item = new RectificationItem();
                item.orgPath = old.orgPath;
                item.owner = oldItem.owner;
                item.deadline = found.plusDays(60);
                item.stage = org.jiandu.patrol.RectificationStage.ASSIGNED;
                item.updatedBy = "system";
                item.updatedAt = now;
                em.persist(item);
                em.flush();
                OrgNodeView n = nodes.get(old.targetCode);
                Finding again = finding(termCode, done.get(done.size() - 1).number(), n, null, old.category, found, item, now);
                again.description = "专项巡察发现：" + old.category + "问题整改后再次出现";
                em.persist(again);
            }
        }
    }

    private static void close(RectificationItem item, LocalDate evidenceOn, LocalDate closedOn, Random r) {
        item.stage = org.jiandu.patrol.RectificationStage.CLOSED;
        item.evidenceSha = Hashes.sha256(item.orgPath + evidenceOn + r.nextInt());
        item.evidenceName = "整改报告.pdf";
        item.evidenceOn = evidenceOn;
        item.closedOn = closedOn;
        item.reviewer = "县委巡察办";
    }

    private static Finding finding(String term, int round, OrgNodeView n, String team, String category, LocalDate found,
            RectificationItem item, Instant now) {
        Finding f = new Finding();
        f.term = term;
        f.round = round;
        f.targetCode = n.code();
        f.targetName = n.name();
        f.orgPath = n.path();
        f.team = team;
        f.category = category;
        f.description = n.name() + category + "（演示数据）";
        f.foundOn = found;
        f.revision = 1;
        f.current = true;
        f.itemId = item.id;
        f.recordedBy = "system";
        f.recordedAt = now;
        return f;
    }

    private static TargetInfo info(OrgNodeView n, Random r, String zone, TargetClass cls, int maxFunds) {
        TargetInfo i = new TargetInfo();
        i.orgCode = n.code();
        i.orgPath = n.path();
        i.cls = cls;
        int weight = cls == TargetClass.KEY ? 3 : cls == TargetClass.WATCH ? 2 : 1;
        i.petitions = r.nextInt(4 * weight);
        i.pastFindings = r.nextInt(3 * weight);
        i.funds = r.nextInt(maxFunds);
        i.zone = zone;
        return i;
    }
}
