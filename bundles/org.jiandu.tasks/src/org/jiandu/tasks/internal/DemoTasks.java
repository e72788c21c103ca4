package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.LoopStage;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.TaskKind;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * Demo task lists per county, the way Shanyang runs them: four supervision units led by standing committee members,
 * the commission's offices and stationed groups, every township commission and county unit as bodies; a year of
 * monthly lists (common tasks to the commission's bodies and townships, a specific one, one to the units) and a
 * special campaign with weekly reports; reports on time, late, returned, failed and missing as in practice; the
 * scheme's first version, a bonus and last month's published ranking. Deterministic for a county and a day.
 */
@Component(service = ModuleDemoData.class, property = ModuleDemoData.MODULE + "=tasks")
public class DemoTasks implements ModuleDemoData {

    private static final String[] NUMBERS = { "一", "二", "三", "四", "五", "六" };
    private static final String[] LEADERS = { "王建军", "李晓红", "张国强", "刘海燕" };
    private static final String[][] COMMON = {
        { "落实中央八项规定精神监督检查", "检查情况、发现问题清单及处置情况", "检查记录" },
        { "群众身边不正之风和腐败问题集中整治", "本月整治进展、问题线索处置情况", null },
        { "“一把手”和领导班子监督谈话", "谈话人次、发现问题及跟进措施", "谈话记录" },
    };
    private static final String[] SPECIFIC = { "惠民惠农财政补贴资金专项检查", "农村集体“三资”管理监督", "乡村振兴项目资金监督" };
    private static final String UNIT_TASK = "落实全面从严治党主体责任情况报告";

    @Reference
    TasksStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Override
    public String id() {
        return "tasks";
    }

    @Override
    public void load(Subject system, List<CountyProfile> counties) {
        store.db().txRun(em -> {
            for (CountyProfile county : counties) {
                county(em, system, county);
            }
            audit.append(em, "system", AuditLog.CHANGE, TARGET_PREFIX + id(), "bodies, a year of task lists, reports and a ranking of "
                    + counties.stream().map(CountyProfile::id).toList());
        });
    }

    private void county(EntityManager em, Subject system, CountyProfile county) {
        OrgNodeView c = orgs.find(system, county.id()).orElse(null);
        if (c == null) {
            return;
        }
        Random r = new Random(county.id().hashCode() * 31L + 7);
        for (int u = 0; u < 4; u++) {
            SupervisionUnitEntity unit = new SupervisionUnitEntity();
            unit.code = county.id() + "-su" + (u + 1);
            unit.countyCode = county.id();
            unit.name = "第" + NUMBERS[u] + "监督单元";
            unit.leader = LEADERS[u];
            em.persist(unit);
        }
        List<TaskBodyEntity> commission = new ArrayList<>(), townships = new ArrayList<>(), units = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            commission.add(body(em, c, county.id(), county.id() + "-office" + (k + 1), "第" + NUMBERS[k] + "监督检查室",
                    BodyKind.SUPERVISION_OFFICE,
                    county.id() + "-su" + (k + 1)));
        }
        for (int k = 0; k < 6; k++) {
            commission.add(body(em, c, county.id(), county.id() + "-group" + (k + 1), "派驻第" + NUMBERS[k] + "纪检监察组",
                    BodyKind.STATIONED_GROUP,
                    county.id() + "-su" + (k % 4 + 1)));
        }
        int t = 0;
        for (OrgNodeView n : orgs.children(system, county.id())) {
            if (n.closed()) {
                continue;
            }
            if (n.level() == OrgLevel.TOWNSHIP) {
                TaskBodyEntity b = body(em, n, county.id(), n.code(), n.name() + "纪委", BodyKind.TOWNSHIP_COMMISSION, county.id() + "-su"
                        + (t++ % 4 + 1));
                townships.add(b);
            } else if (n.level() == OrgLevel.UNIT) {
                units.add(body(em, n, county.id(), n.code(), n.name(), BodyKind.UNIT, null));
            }
        }
        LocalDate today = LocalDate.now();
        YearMonth now = YearMonth.from(today);
        scheme(em, county.id(), now.minusMonths(12).atDay(1));
        for (int m = 11; m >= 0; m--) {
            YearMonth month = now.minusMonths(m);
            List<List<TaskBodyEntity>> to = new ArrayList<>();
            List<Object[]> tasks = new ArrayList<>();
            List<TaskBodyEntity> regular = new ArrayList<>(commission);
            regular.addAll(townships);
            for (String[] task : COMMON) {
                tasks.add(new Object[] { task[0], TaskKind.COMMON, task[1], task[2], month.atDay(20), "10" });
                to.add(regular);
            }
            List<TaskBodyEntity> picked = new ArrayList<>();
            for (int i = 0; i < Math.min(3, townships.size()); i++) {
                picked.add(townships.get((m * 3 + i) % townships.size()));
            }
            tasks.add(new Object[] { SPECIFIC[m % SPECIFIC.length], TaskKind.SPECIFIC, "检查范围、发现问题及整改情况", "检查报告", month.atEndOfMonth(),
                    "15" });
            to.add(picked);
            if (m % 3 == 0) {
                tasks.add(new Object[] { UNIT_TASK, TaskKind.COMMON, "党组（党委）研究部署、谈心谈话、述责述廉、问题线索处置情况", "会议记录",
                        month.atEndOfMonth(), "10" });
                to.add(units);
            }
            list(em, r, county.id(), month.toString(), month + " 月度监督任务清单", false, month.atDay(1), tasks, to, today);
        }
        // a special campaign with weekly reports ("4+4": the lead departments report every week)
        LocalDate start = today.minusWeeks(5).with(DayOfWeek.MONDAY);
        List<Object[]> weekly = new ArrayList<>();
        List<List<TaskBodyEntity>> weeklyTo = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            weekly.add(new Object[] { "专项整治第" + (w + 1) + "周工作报告", TaskKind.SPECIFIC, "本周推进情况、发现问题、下周计划", null,
                    start.plusWeeks(w).plusDays(4), "2" });
            weeklyTo.add(units.subList(0, Math.min(4, units.size())));
        }
        list(em, r, county.id(), now.toString(), "群众身边不正之风和腐败问题集中整治专项监督", true, start, weekly, weeklyTo, today);
        if (!townships.isEmpty()) {
            BonusEntity b = new BonusEntity();
            b.countyCode = county.id();
            b.bodyCode = townships.get(0).code;
            b.period = now.minusMonths(1).toString();
            b.points = BigDecimal.valueOf(3);
            b.reason = "经验做法被市纪委监委推广";
            b.givenBy = "county";
            b.givenAt = Instant.now();
            em.persist(b);
        }
        em.flush();
        // published when last month's late reports were in and verified: on the 10th (or today, before then)
        publish(em, county.id(), now.minusMonths(1).toString(), now.atDay(Math.min(10, today.getDayOfMonth())));
        if (townships.size() >= 3) {
            loops(em, county.id(), townships, today);
        }
        // the main responsibility (Zhashui's system) of every unit and township and of their leaders
        List<TaskBodyEntity> responsible = new ArrayList<>(units);
        responsible.addAll(townships);
        DemoDuties.load(em, county.id(), responsible, today, r);
    }

    /**
     * Four closed loops: one closed properly, one closed without evidence and found again (纸面整改), one overdue with
     * its accountability recorded, one just found.
     */
    private static void loops(EntityManager em, String county, List<TaskBodyEntity> townships, LocalDate today) {
        TaskBodyEntity a = townships.get(0), b = townships.get(1), c = townships.get(2);
        ClosedLoopEntity done = loop(em, county, a, "惠农资金", "低保资金发放台账不全", today.minusDays(80));
        assign(em, done, "镇民政所所长", today.minusDays(78), today.minusDays(48));
        rectify(em, done, "补齐的低保台账.pdf", today.minusDays(50));
        close(em, done, today.minusDays(49));
        ClosedLoopEntity paper = loop(em, county, b, "村务公开", "村务公开栏三个月未更新", today.minusDays(90));
        assign(em, paper, "村党支部书记", today.minusDays(88), today.minusDays(60));
        paper.stage = LoopStage.CLOSED;
        paper.closedOn = today.minusDays(58);
        paper.reviewer = "county";
        step(em, paper, "CLOSE", paper.closedOn, "销号（未附整改佐证）");
        loop(em, county, b, "村务公开", "村务公开栏仍未按月更新", today.minusDays(20));
        ClosedLoopEntity late = loop(em, county, c, "工程项目", "村道硬化工程未履行招投标程序", today.minusDays(60));
        assign(em, late, "镇党委副书记", today.minusDays(58), today.minusDays(15));
        late.accountability = "对村党支部书记进行诫勉谈话";
        late.accountedOn = today.minusDays(30);
        step(em, late, "ACCOUNT", late.accountedOn, late.accountability);
        loop(em, county, a, "作风建设", "工作日午间饮酒问题线索", today.minusDays(3));
    }

    private static ClosedLoopEntity loop(EntityManager em, String county, TaskBodyEntity body, String category, String problem,
            LocalDate foundOn) {
        ClosedLoopEntity l = new ClosedLoopEntity();
        l.countyCode = county;
        l.bodyCode = body.code;
        l.orgPath = body.orgPath;
        l.category = category;
        l.problem = problem;
        l.foundOn = foundOn;
        l.stage = LoopStage.FOUND;
        em.persist(l);
        em.flush();
        step(em, l, "FIND", foundOn, category + ": " + problem);
        return l;
    }

    private static void assign(EntityManager em, ClosedLoopEntity l, String owner, LocalDate on, LocalDate deadline) {
        l.stage = LoopStage.ASSIGNED;
        l.owner = owner;
        l.assignedOn = on;
        l.deadline = deadline;
        step(em, l, "ASSIGN", on, owner + " → " + deadline);
    }

    private static void rectify(EntityManager em, ClosedLoopEntity l, String evidence, LocalDate on) {
        l.stage = LoopStage.RECTIFIED;
        l.rectifiedOn = on;
        l.evidenceName = evidence;
        l.evidenceSha = Hashes.sha256(l.bodyCode + "/" + evidence);
        l.rectifiedBy = "township";
        step(em, l, "RECTIFY", on, evidence);
    }

    private static void close(EntityManager em, ClosedLoopEntity l, LocalDate on) {
        l.stage = LoopStage.CLOSED;
        l.closedOn = on;
        l.reviewer = "county";
        step(em, l, "CLOSE", on, "reviewed by county");
    }

    private static void step(EntityManager em, ClosedLoopEntity l, String step, LocalDate on, String detail) {
        LoopStepEntity s = new LoopStepEntity();
        s.loopId = l.id;
        s.step = step;
        s.on = on;
        s.detail = detail;
        s.by = step.equals("RECTIFY") ? "township" : "county";
        s.at = Instant.now();
        em.persist(s);
    }

    private static TaskBodyEntity body(EntityManager em, OrgNodeView org, String county, String code, String name, BodyKind kind,
            String unit) {
        TaskBodyEntity b = new TaskBodyEntity();
        b.code = code;
        b.countyCode = county;
        b.name = name;
        b.kind = kind;
        b.orgCode = org.code();
        b.orgPath = org.path();
        b.unitCode = unit;
        b.leader = kind == BodyKind.UNIT ? null : name + "负责人";
        em.persist(b);
        return b;
    }

    private static void scheme(EntityManager em, String county, LocalDate from) {
        SchemeEntity s = new SchemeEntity();
        s.countyCode = county;
        s.versionNo = 1;
        s.fromOn = from;
        s.latePerDay = new BigDecimal("0.0500");
        s.lateFloor = new BigDecimal("0.5000");
        s.perReturn = new BigDecimal("0.1000");
        s.failedShare = BigDecimal.ZERO;
        s.missedShare = new BigDecimal("-0.5000");
        s.bonusCap = new BigDecimal("5.00");
        s.publishedBy = "county";
        s.publishedAt = Instant.now();
        em.persist(s);
    }

    /** A list, its tasks, every body's assignment and what the bodies did up to today. */
    private static void list(EntityManager em, Random r, String county, String period, String title, boolean special, LocalDate issuedOn,
            List<Object[]> tasks, List<List<TaskBodyEntity>> to, LocalDate today) {
        TaskListEntity l = new TaskListEntity();
        l.countyCode = county;
        l.period = period;
        l.title = title;
        l.special = special;
        l.issuedOn = issuedOn;
        l.issuedBy = "county";
        l.issuedAt = Instant.now();
        em.persist(l);
        em.flush();
        PendingFacts done = new PendingFacts();
        for (int i = 0; i < tasks.size(); i++) {
            Object[] d = tasks.get(i);
            SupervisionTaskEntity t = new SupervisionTaskEntity();
            t.listId = l.id;
            t.no = i + 1;
            t.title = (String) d[0];
            t.kind = (TaskKind) d[1];
            t.requirement = (String) d[2];
            t.evidence = (String) d[3];
            t.deadline = (LocalDate) d[4];
            t.points = new BigDecimal((String) d[5]);
            em.persist(t);
            em.flush();
            for (TaskBodyEntity b : to.get(i)) {
                AssignmentEntity a = AssignmentEntity.of(t, b, county, issuedOn);
                progress(r, a, t, today, done);
                em.persist(a);
            }
        }
        done.write(em);
    }

    /**
     * What a body did: most report on time and are accepted; some late; some are returned once and report again; a few
     * fail the on-site check; a few never report. Only what has happened by today.
     */
    private static void progress(Random r, AssignmentEntity a, SupervisionTaskEntity t, LocalDate today, PendingFacts done) {
        int dice = r.nextInt(100);
        if (dice < 5) {
            return; // not reported (missed once the deadline passes)
        }
        LocalDate on = dice < 80 ? a.deadline.minusDays(r.nextInt(6)) : a.deadline.plusDays(1 + r.nextInt(8));
        if (on.isBefore(a.issuedOn)) {
            on = a.issuedOn;
        }
        if (on.isAfter(today)) {
            return;
        }
        ReportEntity first = report(a, t, on, done);
        LocalDate checked = on.plusDays(2 + r.nextInt(4));
        if (checked.isAfter(today)) {
            return; // waiting for verification
        }
        if (dice >= 88 && dice < 95) {
            LocalDate by = checked.plusDays(5);
            verify(a, first, Outcome.RETURNED, "材料不完整，请补充佐证", checked, by, done);
            LocalDate again = checked.plusDays(1 + r.nextInt(6));
            if (again.isAfter(today)) {
                return;
            }
            ReportEntity second = report(a, t, again, done);
            LocalDate checkedAgain = again.plusDays(2);
            if (!checkedAgain.isAfter(today)) {
                verify(a, second, Outcome.ACCEPTED, null, checkedAgain, null, done);
            }
        } else if (dice >= 95) {
            verify(a, first, Outcome.FAILED, "线下核查发现报告内容与实际不符", checked, null, done);
        } else {
            verify(a, first, Outcome.ACCEPTED, null, checked, null, done);
        }
    }

    /** A report of the assignment, written once the assignment is. */
    private static ReportEntity report(AssignmentEntity a, SupervisionTaskEntity t, LocalDate on, PendingFacts done) {
        ReportEntity rep = new ReportEntity();
        rep.seq = ++a.reports;
        rep.reportedOn = on;
        rep.text = t.title + "：已按要求完成，" + t.requirement + "详见附件。";
        rep.evidenceName = t.evidence == null ? null : t.evidence + ".pdf";
        rep.evidenceSha = t.evidence == null ? null : Hashes.sha256(a.bodyCode + "/" + t.id + "/" + rep.seq);
        // the demo township user for its township; the others by their body (no demo account is theirs)
        rep.reportedBy = a.bodyCode.endsWith("-t01") ? "township" : a.bodyCode;
        rep.reportedAt = Instant.now();
        done.add(a, rep);
        return rep;
    }

    private static void verify(AssignmentEntity a, ReportEntity rep, Outcome outcome, String note, LocalDate on, LocalDate reportBy,
            PendingFacts done) {
        VerificationEntity v = new VerificationEntity();
        v.outcome = outcome;
        v.verifiedOn = on;
        v.note = note;
        v.reportBy = reportBy;
        v.verifiedBy = "admin";
        v.verifiedAt = Instant.now();
        done.add(rep, v);
    }

    /** Last month's ranking as the commission published it early this month. */
    private static void publish(EntityManager em, String county, String period, LocalDate asOf) {
        Scores.freeze(em, county, Scores.table(em, Subject.system("/"), county, TaskLists.period(period), asOf), "county");
    }
}
