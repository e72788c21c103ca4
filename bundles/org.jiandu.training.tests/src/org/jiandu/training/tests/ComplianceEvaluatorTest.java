package org.jiandu.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.model.CadreRole;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationPost;
import org.jiandu.training.Rule;
import org.jiandu.training.rules.CadreFacts;
import org.jiandu.training.rules.CadreFacts.Attendance;
import org.jiandu.training.rules.CadreFacts.Reelection;
import org.jiandu.training.rules.CadreFacts.Regulation;
import org.jiandu.training.rules.CadreFacts.RotationFact;
import org.jiandu.training.rules.ComplianceEvaluator;
import org.jiandu.training.rules.Outcome;
import org.junit.jupiter.api.Test;

/** The rules as a pure function of facts, rules and a date (no database). */
class ComplianceEvaluatorTest {

    private static final Set<CadreRole> STAFF = Set.of(CadreRole.FULL_TIME_CADRE, CadreRole.TOWNSHIP_SECRETARY);
    private static final Rule ALL_STAFF = rule(RequirementKind.ALL_STAFF_YEARLY, 1, 60);
    private static final Rule HOURS = rule(RequirementKind.HOURS_PER_YEAR, 90, 60);
    private static final Rule REGULATION = rule(RequirementKind.NEW_REGULATION, 90, 30);
    private static final Rule ELECTION = rule(RequirementKind.POST_ELECTION, 180, 30);
    private static final Rule PIPELINE = new Rule(5, 1, "PRE_JOB_PIPELINE", RequirementKind.PRE_JOB_PIPELINE, 365, 60, 365,
            STAFF, Map.of(RotationPost.PETITIONS, 20, RotationPost.INVESTIGATION, 30), LocalDate.of(2024, 1, 1), true);

    private static Rule rule(RequirementKind kind, int amount, int dueSoon) {
        return new Rule(kind.ordinal() + 1, 1, kind.name(), kind, amount, dueSoon, 0, STAFF, Map.of(), null, true);
    }

    private static CadreFacts cadre(LocalDate since, List<Attendance> att, List<RotationFact> rot) {
        return new CadreFacts("c1", "王某", "t01", "/city/county/t01/", CadreRole.FULL_TIME_CADRE, since, true, null, att, rot);
    }

    private static Attendance att(CourseKind kind, LocalDate start, AttendanceStatus st, double hours, LocalDate done) {
        return new Attendance("S-" + start, kind, "课程", start, start.plusDays(2), st, hours, done, null);
    }

    private static RequirementStatus status(ComplianceEvaluator e, CadreFacts c, int year, LocalDate asOf, RequirementKind k) {
        return e.evaluate(c, year, asOf).stream().filter(o -> o.kind() == k).map(Outcome::status).findFirst().orElse(null);
    }

    @Test
    void yearlyAllStaffTrainingHasEveryStatusDependingOnTheDate() {
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(ALL_STAFF), List.of(), List.of());
        LocalDate since = LocalDate.of(2015, 1, 1);
        CadreFacts nothing = cadre(since, List.of(), List.of());
        assertEquals(RequirementStatus.NOT_STARTED, status(e, nothing, 2025, LocalDate.of(2025, 3, 1), RequirementKind.ALL_STAFF_YEARLY));
        assertEquals(RequirementStatus.DUE_SOON, status(e, nothing, 2025, LocalDate.of(2025, 11, 15), RequirementKind.ALL_STAFF_YEARLY));
        assertEquals(RequirementStatus.OVERDUE, status(e, nothing, 2025, LocalDate.of(2026, 1, 2), RequirementKind.ALL_STAFF_YEARLY));

        CadreFacts enrolled = cadre(since, List.of(att(CourseKind.ALL_STAFF, LocalDate.of(2025, 9, 1), AttendanceStatus.ENROLLED, 0, null)),
                List.of());
        assertEquals(RequirementStatus.IN_PROGRESS, status(e, enrolled, 2025, LocalDate.of(2025, 3, 1), RequirementKind.ALL_STAFF_YEARLY));

        CadreFacts done = cadre(since, List.of(att(CourseKind.ALL_STAFF, LocalDate.of(2025, 4, 1), AttendanceStatus.COMPLETED, 24,
                LocalDate.of(2025, 4, 3))), List.of());
        assertEquals(RequirementStatus.NOT_STARTED, status(e, done, 2025, LocalDate.of(2025, 4, 2), RequirementKind.ALL_STAFF_YEARLY),
                "a completion after the evaluation date does not count yet");
        assertEquals(RequirementStatus.DONE, status(e, done, 2025, LocalDate.of(2025, 4, 3), RequirementKind.ALL_STAFF_YEARLY));
        assertEquals(RequirementStatus.OVERDUE, status(e, done, 2026, LocalDate.of(2027, 1, 1), RequirementKind.ALL_STAFF_YEARLY),
                "last year's training does not count for this year");
        CadreFacts absent = cadre(since, List.of(att(CourseKind.ALL_STAFF, LocalDate.of(2025, 4, 1), AttendanceStatus.ABSENT, 0, null)),
                List.of());
        assertEquals(RequirementStatus.NOT_STARTED, status(e, absent, 2025, LocalDate.of(2025, 5, 1), RequirementKind.ALL_STAFF_YEARLY));
    }

    @Test
    void newCadresLateInTheYearAndInactiveCadresAreNotHeldToYearlyRules() {
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(ALL_STAFF, HOURS), List.of(), List.of());
        assertTrue(e.evaluate(cadre(LocalDate.of(2025, 11, 1), List.of(), List.of()), 2025, LocalDate.of(2025, 12, 31)).isEmpty());
        assertEquals(2, e.evaluate(cadre(LocalDate.of(2025, 9, 1), List.of(), List.of()), 2025, LocalDate.of(2025, 12, 31)).size());
        CadreFacts left = new CadreFacts("c2", "李某", "t01", "/city/county/t01/", CadreRole.FULL_TIME_CADRE,
                LocalDate.of(2010, 1, 1), false, null, List.of(), List.of());
        assertTrue(e.evaluate(left, 2025, LocalDate.of(2025, 12, 31)).isEmpty());
        CadreFacts director = new CadreFacts("c3", "赵某", "t01", "/city/county/t01/v1/", CadreRole.VILLAGE_SUPERVISION_DIRECTOR,
                LocalDate.of(2010, 1, 1), true, null, List.of(), List.of());
        assertTrue(e.evaluate(director, 2025, LocalDate.of(2025, 12, 31)).isEmpty(), "rules apply to their roles only");
    }

    @Test
    void hoursCountCompletedSessionsOfTheYearOnly() {
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(HOURS), List.of(), List.of());
        List<Attendance> a = new ArrayList<>();
        a.add(att(CourseKind.ALL_STAFF, LocalDate.of(2024, 12, 1), AttendanceStatus.COMPLETED, 40, LocalDate.of(2024, 12, 3)));
        a.add(att(CourseKind.TOPICAL, LocalDate.of(2025, 3, 1), AttendanceStatus.COMPLETED, 50, LocalDate.of(2025, 3, 3)));
        a.add(att(CourseKind.TOPICAL, LocalDate.of(2025, 5, 1), AttendanceStatus.FAILED, 30, null));
        Outcome o = e.evaluate(cadre(LocalDate.of(2015, 1, 1), a, List.of()), 2025, LocalDate.of(2025, 6, 1)).get(0);
        assertEquals(50, o.hours(), 0.001);
        assertEquals(RequirementStatus.IN_PROGRESS, o.status());
        assertTrue(o.gaps().get(0).contains("50") && o.gaps().get(0).contains("90"), o.gaps().toString());
        a.add(att(CourseKind.TOPICAL, LocalDate.of(2025, 7, 1), AttendanceStatus.COMPLETED, 40, LocalDate.of(2025, 7, 3)));
        Outcome done = e.evaluate(cadre(LocalDate.of(2015, 1, 1), a, List.of()), 2025, LocalDate.of(2025, 8, 1)).get(0);
        assertEquals(RequirementStatus.DONE, done.status());
        assertEquals(90, done.hours(), 0.001);
        Rule lower = HOURS.withAmount(40);
        assertEquals(RequirementStatus.DONE, new ComplianceEvaluator(List.of(lower), List.of(), List.of())
                .evaluate(cadre(LocalDate.of(2015, 1, 1), a, List.of()), 2025, LocalDate.of(2025, 6, 1)).get(0).status(),
                "the amount is configurable");
    }

    @Test
    void eachNewRegulationHasItsOwnDeadlineAndTheWorstCounts() {
        Regulation a = new Regulation("法规甲", LocalDate.of(2025, 6, 1)); // due 2025-08-30
        Regulation b = new Regulation("法规乙", LocalDate.of(2025, 9, 1)); // due 2025-11-30
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(REGULATION), List.of(a, b), List.of());
        Attendance trainedA = new Attendance("F1", CourseKind.NEW_REGULATION, "法规甲培训", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 1), AttendanceStatus.COMPLETED, 8, LocalDate.of(2025, 7, 1), "法规甲");
        CadreFacts c = cadre(LocalDate.of(2015, 1, 1), List.of(trainedA), List.of());
        assertEquals(RequirementStatus.DONE, status(e, c, 2025, LocalDate.of(2025, 8, 31), RequirementKind.NEW_REGULATION));
        assertEquals(RequirementStatus.NOT_STARTED, status(e, c, 2025, LocalDate.of(2025, 9, 2), RequirementKind.NEW_REGULATION));
        assertEquals(RequirementStatus.DUE_SOON, status(e, c, 2025, LocalDate.of(2025, 11, 5), RequirementKind.NEW_REGULATION));
        assertEquals(RequirementStatus.OVERDUE, status(e, c, 2025, LocalDate.of(2025, 12, 1), RequirementKind.NEW_REGULATION));
        Outcome o = e.evaluate(c, 2025, LocalDate.of(2025, 12, 1)).get(0);
        assertEquals(List.of("法规乙"), o.gaps().stream().map(g -> g.contains("法规乙") ? "法规乙" : g).toList());
        CadreFacts untrained = cadre(LocalDate.of(2015, 1, 1), List.of(), List.of());
        assertEquals(RequirementStatus.OVERDUE, status(e, untrained, 2025, LocalDate.of(2025, 9, 2), RequirementKind.NEW_REGULATION),
                "the first regulation's deadline has passed");
        CadreFacts joinedLater = cadre(LocalDate.of(2025, 10, 1), List.of(), List.of());
        assertEquals(null, status(e, joinedLater, 2025, LocalDate.of(2025, 10, 5), RequirementKind.NEW_REGULATION),
                "cadres who start after a regulation learn it in pre-job training");
    }

    @Test
    void aReelectionRequiresBasicTrainingOfThatTownshipsCadresOnly() {
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(ELECTION), List.of(),
                List.of(new Reelection("/city/county/t01/", "甲镇", LocalDate.of(2026, 9, 15))));
        CadreFacts here = cadre(LocalDate.of(2015, 1, 1), List.of(), List.of());
        CadreFacts elsewhere = new CadreFacts("c9", "周某", "t02", "/city/county/t02/", CadreRole.FULL_TIME_CADRE,
                LocalDate.of(2015, 1, 1), true, null, List.of(), List.of());
        assertEquals(RequirementStatus.NOT_STARTED, status(e, here, 2026, LocalDate.of(2026, 10, 1), RequirementKind.POST_ELECTION));
        assertEquals(RequirementStatus.OVERDUE, status(e, here, 2027, LocalDate.of(2027, 3, 15), RequirementKind.POST_ELECTION));
        assertEquals(null, status(e, elsewhere, 2026, LocalDate.of(2026, 10, 1), RequirementKind.POST_ELECTION));
        Attendance before = att(CourseKind.POST_ELECTION, LocalDate.of(2026, 6, 1), AttendanceStatus.COMPLETED, 16,
                LocalDate.of(2026, 6, 3));
        assertEquals(RequirementStatus.NOT_STARTED, status(e, cadre(LocalDate.of(2015, 1, 1), List.of(before), List.of()), 2026,
                LocalDate.of(2026, 10, 1), RequirementKind.POST_ELECTION), "training before the election does not count");
    }

    @Test
    void thePreJobPipelineNeedsTheoryThenEachPostForItsDaysWithSignOff() {
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(PIPELINE), List.of(), List.of());
        LocalDate since = LocalDate.of(2025, 2, 1);
        Attendance theory = att(CourseKind.PRE_JOB, LocalDate.of(2025, 3, 1), AttendanceStatus.COMPLETED, 40, LocalDate.of(2025, 3, 10));
        RotationFact early = new RotationFact(RotationPost.PETITIONS, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 15), "刘导师",
                LocalDate.of(2025, 3, 15)); // only 5 days after theory count
        RotationFact inv = new RotationFact(RotationPost.INVESTIGATION, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), null, null);
        CadreFacts c = cadre(since, List.of(theory), List.of(early, inv));
        List<String> gaps = ComplianceEvaluator.pipelineGaps(PIPELINE, c, LocalDate.of(2025, 5, 1));
        assertEquals(2, gaps.size(), gaps.toString());
        assertTrue(gaps.get(0).contains("5") && gaps.get(0).contains("20"), gaps.get(0));
        assertTrue(Named.in(gaps.get(1), RotationPost.INVESTIGATION.chinese(), RotationPost.INVESTIGATION), gaps.get(1));
        assertEquals(RequirementStatus.IN_PROGRESS, status(e, c, 2025, LocalDate.of(2025, 5, 1), RequirementKind.PRE_JOB_PIPELINE));

        RotationFact pet = new RotationFact(RotationPost.PETITIONS, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 20), "刘导师",
                LocalDate.of(2025, 5, 20));
        RotationFact invSigned = new RotationFact(RotationPost.INVESTIGATION, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30),
                "陈导师", LocalDate.of(2025, 5, 2));
        CadreFacts graduated = cadre(since, List.of(theory), List.of(early, pet, invSigned));
        assertEquals(List.of(), ComplianceEvaluator.pipelineGaps(PIPELINE, graduated, LocalDate.of(2025, 5, 20)));
        assertEquals(RequirementStatus.DONE, status(e, graduated, 2025, LocalDate.of(2025, 6, 1), RequirementKind.PRE_JOB_PIPELINE));
        assertEquals(RequirementStatus.IN_PROGRESS, status(e, graduated, 2025, LocalDate.of(2025, 5, 1), RequirementKind.PRE_JOB_PIPELINE),
                "evaluated for an earlier day, the investigation post is not signed off yet");

        CadreFacts noTheory = cadre(since, List.of(), List.of(pet));
        assertTrue(ComplianceEvaluator.pipelineGaps(PIPELINE, noTheory, LocalDate.of(2025, 6, 1)).size() == 3,
                "no theory: rotation days do not count either");
        assertEquals(RequirementStatus.OVERDUE, status(e, noTheory, 2026, LocalDate.of(2026, 3, 1), RequirementKind.PRE_JOB_PIPELINE));
        assertEquals(RequirementStatus.DUE_SOON, status(e, noTheory, 2025, LocalDate.of(2025, 12, 20), RequirementKind.PRE_JOB_PIPELINE));

        CadreFacts stale = cadre(since, List.of(theory), List.of());
        assertEquals(RequirementStatus.EXPIRED, status(e, stale, 2026, LocalDate.of(2026, 3, 12), RequirementKind.PRE_JOB_PIPELINE),
                "theory passed more than 365 days ago without graduation");
        CadreFacts veteran = cadre(LocalDate.of(2019, 1, 1), List.of(), List.of());
        assertEquals(null, status(e, veteran, 2025, LocalDate.of(2025, 6, 1), RequirementKind.PRE_JOB_PIPELINE),
                "cadres who started before the rule applies are not in the pipeline");
    }

    @Test
    void theSameFactsAndDateAlwaysGiveTheSameOutcomes() {
        ComplianceEvaluator e = new ComplianceEvaluator(List.of(ALL_STAFF, HOURS, REGULATION, PIPELINE),
                List.of(new Regulation("法规甲", LocalDate.of(2025, 6, 1))), List.of());
        CadreFacts c = cadre(LocalDate.of(2025, 2, 1), List.of(att(CourseKind.PRE_JOB, LocalDate.of(2025, 3, 1),
                AttendanceStatus.COMPLETED, 40, LocalDate.of(2025, 3, 10))), List.of());
        List<Outcome> first = e.evaluate(c, 2025, LocalDate.of(2025, 10, 1));
        for (int i = 0; i < 20; i++) {
            assertEquals(first, e.evaluate(c, 2025, LocalDate.of(2025, 10, 1)));
        }
        assertEquals(4, first.size());
    }
}
