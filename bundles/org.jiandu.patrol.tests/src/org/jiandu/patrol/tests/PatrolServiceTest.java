package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.TermView;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Plan;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Violation;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patrol service on a real H2 database with Danfeng's demo data (its targets, teams and the planned term). */
class PatrolServiceTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private PatrolService patrol;
    private Subject county;
    private String term;

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        patrol = env.await(PatrolService.class);
        county = env.login("county");
        term = PatrolService.termContaining(LocalDate.now().getYear());
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void theDemoTermIsPlannedCompletelyAndTheCheckerAgrees() {
        Problem p = patrol.problem(county, "danfeng", term);
        assertEquals(12 + 157 + 52, p.targets().size(), "every township, village and county unit of Danfeng");
        assertEquals(4, p.teams().size());
        assertEquals(10, p.rounds().size());
        List<Assignment> plan = patrol.currentPlan(county, "danfeng", term);
        assertEquals(p.targets().size(), plan.size());
        assertEquals(List.of(), patrol.check(county, "danfeng", term, plan));
    }

    @Test
    void replanningKeepsCompletedRoundsAndAnEditedPlanIsChecked() {
        TermView tv = patrol.term(county, "danfeng", term, 2);
        Round first = tv.rounds().get(0);
        if (!first.completed()) {
            patrol.completeRound(county, "danfeng", term, first.number());
        }
        List<Assignment> before = patrol.currentPlan(county, "danfeng", term);
        Set<Assignment> done = before.stream().filter(a -> a.round() == first.number()).collect(Collectors.toSet());
        Plan again = patrol.plan(county, "danfeng", term, 99, 20_000);
        assertTrue(again.feasible(), again.unplannable().toString());
        assertTrue(again.assignments().containsAll(done), "the completed round is kept as it was");
        assertTrue(again.changed() < before.size() / 10, "few changes: " + again.changed());
        assertEquals(again.assignments(), patrol.currentPlan(county, "danfeng", term), "saved as the current plan");

        List<Assignment> edited = new ArrayList<>(again.assignments());
        Assignment moved = edited.stream().filter(a -> a.round() == first.number()).findFirst().orElseThrow();
        edited.remove(moved);
        edited.add(new Assignment(tv.rounds().get(9).number(), moved.team(), moved.target(), moved.mode()));
        Set<String> broken = patrol.check(county, "danfeng", term, edited).stream().map(Violation::constraint).collect(Collectors.toSet());
        assertTrue(broken.contains(Violation.COMPLETED), broken.toString());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> patrol.savePlan(county, "danfeng", term, edited), "a plan that breaks a hard constraint is not saved");
        assertTrue(refused.getMessage().contains(moved.target()) || refused.getMessage().contains("1"), refused.getMessage());

        // a unit moved by hand to the last round, same team: valid, saved as the current plan
        List<Assignment> byHand = new ArrayList<>(again.assignments());
        Assignment unit = byHand.stream().filter(a -> a.target().contains("-u") && a.round() > 2
                && a.round() < 10).findFirst().orElseThrow();
        byHand.remove(unit);
        Assignment there = new Assignment(10, unit.team(), unit.target(), unit.mode());
        byHand.add(there);
        patrol.savePlan(county, "danfeng", term, byHand);
        assertTrue(patrol.currentPlan(county, "danfeng", term).contains(there));
    }

    @Test
    void onlyTheCountyCommissionPlansAndEveryPlanIsAudited() throws Exception {
        Subject trainer = env.login("trainer");
        assertThrows(AccessDeniedException.class, () -> patrol.plan(trainer, "danfeng", term, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> patrol.term(county, "danfeng", "2026-2040", 2), "a term is at most ten years");
        assertThrows(IllegalArgumentException.class, () -> patrol.problem(county, "luonan", term), "another county is not in scope");
        patrol.plan(county, "danfeng", term, 5, 1_000);
        Subject admin = env.login("admin");
        assertTrue(env.await(AuditLog.class).latest(admin, 20).stream().anyMatch(e -> e.getTarget().equals("patrol-plan:danfeng:" + term)));
        assertFalse(patrol.currentPlan(county, "danfeng", term).isEmpty());
    }

    @Test
    void theTargetsFollowTheCountysOwnJurisdiction() {
        JurisdictionService jurisdiction = env.await(JurisdictionService.class);
        Problem before = patrol.problem(county, "danfeng", term);
        Target village = before.targets().stream().filter(t -> t.kind() == TargetKind.VILLAGE).findFirst().orElseThrow();
        jurisdiction.addNode(county, OrgLevel.VILLAGE, "df-new-village", "新建村", village.townshipCode(), null);
        jurisdiction.closeNode(county, village.code(), null);
        Problem after = patrol.problem(county, "danfeng", term);
        Set<String> codes = after.targets().stream().map(Target::code).collect(Collectors.toSet());
        assertTrue(codes.contains("df-new-village"), "a new village is a target");
        assertFalse(codes.contains(village.code()), "a closed village is not");
        assertEquals(before.targets().size(), after.targets().size());
        Plan plan = patrol.plan(county, "danfeng", term, 7, 5_000);
        assertTrue(plan.assignments().stream().anyMatch(a -> a.target().equals("df-new-village")), "and it is planned");
        assertTrue(plan.assignments().stream().noneMatch(a -> a.target().equals(village.code())
                && a.round() > patrol.term(county, "danfeng", term, 2).rounds().stream().filter(Round::completed)
                        .mapToInt(Round::number).max().orElse(0)), "the closed one is not planned any more");
    }
}
