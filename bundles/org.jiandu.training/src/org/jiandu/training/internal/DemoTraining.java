package org.jiandu.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.RotationPost;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * Demo training records per county, shaped by the report: yearly all-staff training, topical and new-regulation
 * courses, village-director training, the pre-job pipeline of cadres who started in 2024, and a re-election
 * autumn. Dates are placed in last year and this year and never after today, so every status shows up.
 */
@Component(service = ModuleDemoData.class, property = ModuleDemoData.MODULE + "=training")
public class DemoTraining implements ModuleDemoData {

    @Reference
    TrainingStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Reference
    org.jiandu.training.TrainingService training;

    private record Plan(String code, CourseKind kind, String title, double hours, LocalDate start, LocalDate end,
            String regulation, LocalDate effective, double completeRate, boolean directors) {
    }

    @Override
    public String id() {
        return "training";
    }

    /**
     * Every county's sessions, records, pipelines and re-elections in ONE transaction with the marker entry, so a load
     * cut short leaves nothing and is resumed; the assignment a trainer would make follows as an ordinary change.
     */
    @Override
    public void load(Subject system, List<CountyProfile> counties) {
        LocalDate today = LocalDate.now();
        int y = today.getYear();
        int[] sessions = new int[1], written = new int[1];
        store.db().txRun(em -> {
            for (CountyProfile county : counties) {
                List<CadreView> cadres = orgs.cadres(system, county.id(), Integer.MAX_VALUE);
                OrgNodeView countyNode = orgs.find(system, county.id()).orElse(null);
                if (cadres.isEmpty() || countyNode == null) {
                    continue;
                }
                List<OrgNodeView> townships = orgs.children(system, county.id()).stream()
                        .filter(o -> o.level() == OrgLevel.TOWNSHIP).toList();
                String p = county.id();
                String school = county.nameZh() + "委党校";
                List<Plan> plans = List.of(
                        new Plan(p + "-QY-" + (y - 1), CourseKind.ALL_STAFF, (y - 1) + "年度纪检监察干部全员培训", 24,
                                LocalDate.of(y - 1, 3, 10), LocalDate.of(y - 1, 3, 14), null, null, 0.88, false),
                        new Plan(p + "-QY-" + y, CourseKind.ALL_STAFF, y + "年度纪检监察干部全员培训", 24,
                                LocalDate.of(y, 4, 14), LocalDate.of(y, 4, 18), null, null, 0.8, false),
                        new Plan(p + "-ZT-" + y, CourseKind.TOPICAL, "审查调查业务专题培训", 24, LocalDate.of(y, 6, 2),
                                LocalDate.of(y, 6, 6), null, null, 0.6, false),
                        new Plan(p + "-WX-" + y, CourseKind.TOPICAL, "纪检监察干部网络学院在线学习", 50, LocalDate.of(y, 1, 6),
                                LocalDate.of(y, 10, 31), null, null, 0.55, false),
                        new Plan(p + "-FG-" + (y - 1), CourseKind.NEW_REGULATION, "《中华人民共和国监察法》修正专题培训", 8,
                                LocalDate.of(y - 1, 7, 8), LocalDate.of(y - 1, 7, 9), "《中华人民共和国监察法》修正",
                                LocalDate.of(y - 1, 6, 1), 0.8, false),
                        new Plan(p + "-FG-" + y, CourseKind.NEW_REGULATION, "《纪检监察机关处理检举控告工作规则》培训", 8,
                                LocalDate.of(y, 10, 20), LocalDate.of(y, 10, 21), "《纪检监察机关处理检举控告工作规则》",
                                LocalDate.of(y, 9, 1), 0.45, false),
                        new Plan(p + "-CW-" + (y - 1), CourseKind.VILLAGE_DIRECTOR, "村(居)务监督委员会主任业务培训", 8,
                                LocalDate.of(y - 1, 5, 20), LocalDate.of(y - 1, 5, 20), null, null, 0.85, true),
                        new Plan(p + "-CW-" + y, CourseKind.VILLAGE_DIRECTOR, "村(居)务监督委员会主任业务培训", 8,
                                LocalDate.of(y, 5, 19), LocalDate.of(y, 5, 19), null, null, 0.75, true),
                        new Plan(p + "-GQ-2024", CourseKind.PRE_JOB, "新任纪检监察干部岗前培训（理论）", 40,
                                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 14), null, null, 0, false),
                        new Plan(p + "-GQ-" + y + "-1", CourseKind.PRE_JOB, "新任纪检监察干部岗前培训（理论补训）", 40,
                                LocalDate.of(y, 3, 2), LocalDate.of(y, 3, 13), null, null, 0, false),
                        new Plan(p + "-GQ-" + y + "-2", CourseKind.PRE_JOB, "新任纪检监察干部岗前培训（理论）", 40,
                                today.plusDays(9), today.plusDays(20), null, null, 0, false),
                        new Plan(p + "-HJ-" + y, CourseKind.POST_ELECTION, "换届后新任纪检监察干部履职能力基础培训", 16,
                                LocalDate.of(y, 11, 3), LocalDate.of(y, 11, 5), null, null, 0.5, false));
                Random r = new Random(county.id().hashCode() * 7L + 3);
                Instant now = Instant.now();
                sessions[0] += plans.size();
                for (Plan plan : plans) {
                    TrainingSession s = session(em, plan, countyNode, school, now);
                    written[0] += attend(em, s, plan, cadres, townships, r, today, now);
                }
                pipeline(em, cadres, r, now, today);
                for (int i = 0; i < Math.min(3, townships.size()); i++) {
                    OrgNodeView t = townships.get(i);
                    LocalDate held = LocalDate.of(y, 9, 15);
                    if (!held.isAfter(today)) {
                        TrainingEvent e = new TrainingEvent();
                        e.type = TrainingEvent.REELECTION;
                        e.orgCode = t.code();
                        e.orgPath = t.path();
                        e.orgName = t.name();
                        e.happenedOn = held;
                        e.recordedBy = system.username();
                        e.recordedAt = now;
                        em.persist(e);
                    }
                }
            }
            audit.append(em, "system", AuditLog.CHANGE, ModuleDemoData.TARGET_PREFIX + id(), counties.stream()
                    .map(CountyProfile::id).toList() + ": " + sessions[0] + " sessions, " + written[0] + " records");
        });
        // as a trainer would: everyone a rule requires gets a seat in the next fitting session (the coming pre-job class)
        training.assignRequired(system, today);
    }

    private static TrainingSession session(EntityManager em, Plan plan, OrgNodeView county, String school, Instant now) {
        TrainingCourse c = new TrainingCourse();
        c.code = plan.code();
        c.kind = plan.kind();
        c.title = plan.title();
        c.hours = plan.hours();
        c.regulation = plan.regulation();
        c.regulationEffective = plan.effective();
        c.orgCode = county.code();
        c.orgPath = county.path();
        c.updatedBy = "system";
        c.updatedAt = now;
        em.persist(c);
        TrainingSession s = new TrainingSession();
        s.code = plan.code();
        s.course = c;
        s.startOn = plan.start();
        s.endOn = plan.end();
        s.place = plan.kind() == CourseKind.TOPICAL && plan.hours() >= 50 ? "网络学院" : school;
        s.trainer = "trainer";
        s.capacity = 400;
        s.orgCode = county.code();
        s.orgPath = county.path();
        em.persist(s);
        return s;
    }

    private static boolean staff(CadreView c) {
        return c.role() == CadreRole.TOWNSHIP_SECRETARY || c.role() == CadreRole.FULL_TIME_CADRE
                || c.role() == CadreRole.STATIONED_GROUP_MEMBER;
    }

    /** Records for the cadres a plan is for; sessions still to come get enrolments only. */
    private static int attend(EntityManager em, TrainingSession s, Plan plan, List<CadreView> cadres,
            List<OrgNodeView> townships, Random r, LocalDate today, Instant now) {
        if (plan.kind() == CourseKind.PRE_JOB) {
            return 0; // the pipeline below
        }
        int n = 0;
        List<String> reelected = townships.stream().limit(3).map(OrgNodeView::path).toList();
        for (CadreView c : cadres) {
            boolean meant = plan.directors() ? c.role() == CadreRole.VILLAGE_SUPERVISION_DIRECTOR
                    : plan.kind() == CourseKind.POST_ELECTION
                            ? staff(c) && reelected.stream().anyMatch(t -> c.orgPath().startsWith(t))
                            : staff(c);
            if (!meant || (c.since() != null && c.since().isAfter(plan.start()))) {
                continue;
            }
            // townships differ: the later ones in the list lag behind, as the report says of the remote ones
            double rate = plan.completeRate() - (plan.directors() ? 0.03 * (Math.abs(c.orgPath().hashCode()) % 6) : 0);
            double dice = r.nextDouble();
            AttendanceStatus st;
            if (plan.end().isAfter(today)) {
                st = AttendanceStatus.ENROLLED;
            } else if (dice < rate) {
                st = AttendanceStatus.COMPLETED;
            } else if (dice < rate + (1 - rate) / 2) {
                st = plan.end().plusDays(30).isAfter(today) ? AttendanceStatus.ENROLLED : AttendanceStatus.ABSENT;
            } else {
                continue; // never enrolled
            }
            Enrolment e = enrolment(s, c, st, now);
            if (st == AttendanceStatus.COMPLETED) {
                e.hours = plan.hours();
                e.score = 60 + r.nextInt(39);
                e.completedOn = plan.end();
            }
            em.persist(e);
            n++;
        }
        return n;
    }

    private static Enrolment enrolment(TrainingSession s, CadreView c, AttendanceStatus st, Instant now) {
        Enrolment e = new Enrolment();
        e.session = s;
        e.cadreCode = c.code();
        e.cadreName = c.name();
        e.orgPath = c.orgPath();
        e.revision = 1;
        e.current = true;
        e.status = st;
        e.note = EnrolmentNotes.DEMO;
        e.recordedBy = "system";
        e.recordedAt = now;
        return e;
    }

    /**
     * Cadres who started since the pipeline rule applies went through it: most graduated and were confirmed on post;
     * one in five is stuck at the supervision post after a repeat theory class this year (overdue), one passed theory
     * in 2024 and never rotated (expired), one never took theory (overdue, and gets a seat in the next class).
     */
    private static void pipeline(EntityManager em, List<CadreView> cadres, Random r, Instant now, LocalDate today) {
        String county = county(cadres.get(0).orgPath());
        TrainingSession first = theorySession(em, county, "-GQ-2024");
        TrainingSession repeat = theorySession(em, county, "-GQ-" + today.getYear() + "-1");
        if (first == null) {
            return;
        }
        List<CadreView> mentors = cadres.stream().filter(c -> c.role() == CadreRole.FULL_TIME_CADRE
                && c.since() != null && c.since().isBefore(LocalDate.of(2020, 1, 1))).toList();
        List<CadreView> fresh = new ArrayList<>(cadres.stream().filter(c -> staff(c) && c.since() != null
                && !c.since().isBefore(LocalDate.of(2023, 7, 1))).toList());
        for (int i = 0; i < fresh.size(); i++) {
            CadreView c = fresh.get(i);
            int stage = i % 5; // 0, 4 graduated; 1 stuck at a post; 2 theory only; 3 nothing yet
            if (stage == 3) {
                continue;
            }
            TrainingSession theory = stage == 1 && repeat != null && !repeat.endOn.isAfter(today) ? repeat : first;
            Enrolment e = enrolment(theory, c, AttendanceStatus.COMPLETED, now);
            e.hours = 40.0;
            e.score = 70 + r.nextInt(25);
            e.completedOn = theory.endOn;
            em.persist(e);
            if (stage == 2) {
                continue;
            }
            LocalDate start = theory.endOn.plusDays(3);
            int[] days = { 20, 20, 30, 30 };
            RotationPost[] posts = RotationPost.values();
            for (int k = 0; k < posts.length; k++) {
                boolean stuck = stage == 1 && k == 2;
                Rotation rot = new Rotation();
                rot.key = UUID.nameUUIDFromBytes((c.code() + posts[k]).getBytes(StandardCharsets.UTF_8)).toString();
                rot.revision = 1;
                rot.current = true;
                rot.cadreCode = c.code();
                rot.cadreName = c.name();
                rot.orgPath = c.orgPath();
                rot.post = posts[k];
                rot.mentor = mentors.isEmpty() ? null : mentors.get((i + k) % mentors.size()).name();
                rot.startOn = start;
                rot.endOn = start.plusDays(stuck ? days[k] / 2 : days[k] + r.nextInt(5));
                if (rot.endOn.isAfter(today)) {
                    rot.endOn = null; // still there
                }
                if (!stuck && rot.mentor != null && rot.endOn != null) {
                    rot.signedOffBy = rot.mentor;
                    rot.signedOffOn = rot.endOn;
                    rot.appraisal = "熟悉" + posts[k].chinese() + "工作流程，完成带教任务";
                }
                rot.recordedBy = "system";
                rot.recordedAt = now;
                em.persist(rot);
                if (stuck || rot.endOn == null) {
                    break;
                }
                start = rot.endOn.plusDays(1);
            }
            if (stage != 1 && !mentors.isEmpty() && !start.plusDays(7).isAfter(today)) {
                TrainingEvent posted = new TrainingEvent();
                posted.type = TrainingEvent.POSTED;
                posted.orgCode = c.orgCode();
                posted.orgPath = c.orgPath();
                posted.orgName = c.orgName();
                posted.cadreCode = c.code();
                posted.happenedOn = start.plusDays(7);
                posted.recordedBy = "system";
                posted.recordedAt = now;
                em.persist(posted);
            }
        }
    }

    private static TrainingSession theorySession(EntityManager em, String countyPath, String suffix) {
        return em.createQuery("select s from TrainingSession s where s.code like :c and s.orgPath = :p", TrainingSession.class)
                .setParameter("c", "%" + suffix).setParameter("p", countyPath).getResultStream().findFirst().orElse(null);
    }

    /** "/city/county/" of any path below it. */
    private static String county(String path) {
        String[] parts = path.split("/");
        return "/" + parts[1] + "/" + parts[2] + "/";
    }
}
