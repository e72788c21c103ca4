package org.jiandu.cleanunit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.core.CadreView;
import org.jiandu.core.CaseFiledListener;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The creation workflow, versioning, knock-outs, revocation and coverage on a real H2 database with the Danfeng demo. */
class CreationTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private CleanUnitService cu;
    private OrgService orgs;
    private Subject county, township, admin;
    private final LocalDate today = LocalDate.now();
    /** Files offered to the archive search (a recording {@link SearchableFiles}: this module's side of the contract). */
    private final List<Offered> offered = new CopyOnWriteArrayList<>();
    private ServiceRegistration<SearchableFiles> archive;

    private record Offered(String collection, String orgCode, String name, String text) {
    }

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        cu = env.await(CleanUnitService.class);
        orgs = env.await(OrgService.class);
        county = env.login("county");
        township = env.login("township");
        admin = env.login("admin");
        archive = FrameworkUtil.getBundle(CreationTest.class).getBundleContext().registerService(SearchableFiles.class,
                (subject, collection, orgCode, name, stored) -> {
                    offered.add(new Offered(collection, orgCode, name, Files.readString(stored)));
                    return List.of();
                }, null);
    }

    @AfterEach
    void tearDown() {
        archive.unregister();
        env.close();
    }

    /** A village of the township user's township that the demo did not declare. */
    private OrgNodeView freshVillage(int skip) {
        return orgs.children(county, "danfeng-t01").stream().filter(v -> v.level() == OrgLevel.VILLAGE)
                .filter(v -> cu.creationsOf(county, v.code()).isEmpty()).skip(skip).findFirst().orElseThrow();
    }

    private static Map<String, Double> full(IndicatorSet set, Function<IndicatorSet.Indicator, Double> points) {
        Map<String, Double> m = new HashMap<>();
        set.indicators().forEach(i -> m.put(i.code(), points.apply(i)));
        return m;
    }

    private CreationView step(CreationView c, Subject who, CreationAction a, String reason, LocalDate on) {
        return cu.transition(who, c.id(), c.version(), a, reason, on);
    }

    private CreationView reload(CreationView c) {
        return cu.creation(county, c.id()).orElseThrow();
    }

    /** Declared 60 days ago and taken to reviewed, with self-assessment and every required evidence file. */
    private CreationView reviewed(OrgNodeView village, LocalDate start) throws Exception {
        IndicatorSet set = cu.currentStandard(CleanUnitKind.VILLAGE);
        CreationView c = cu.declare(township, village.code(), CleanUnitKind.VILLAGE, start);
        c = step(c, township, CreationAction.START, null, start.plusDays(1));
        cu.score(township, c.id(), EvaluationStage.SELF, today.getYear(), full(set, IndicatorSet.Indicator::maxPoints), 0, Set.of(),
                Map.of());
        c = step(reload(c), township, CreationAction.SELF_ASSESS, null, start.plusDays(2));
        for (IndicatorSet.Indicator i : set.indicators()) {
            if (i.needsEvidence()) {
                Path f = Files.writeString(tmp.resolve(i.code() + ".txt"), village.name() + " " + i.evidence());
                cu.addEvidence(township, c.id(), i.code(), f);
            }
        }
        return step(c, county, CreationAction.REVIEW, null, start.plusDays(3));
    }

    @Test
    void aVillageGoesFromDeclarationToItsTitleAndEveryStepIsRecorded() throws Exception {
        OrgNodeView village = freshVillage(0);
        IndicatorSet set = cu.currentStandard(CleanUnitKind.VILLAGE);
        LocalDate start = today.minusDays(40);
        CreationView c = cu.declare(township, village.code(), CleanUnitKind.VILLAGE, start);
        assertEquals(CreationStatus.DECLARED, c.status());
        assertEquals("danfeng-t01", c.groupCode());
        CreationView started = step(c, township, CreationAction.START, null, start.plusDays(1));

        WorkflowException noSelf = assertThrows(WorkflowException.class, () -> step(started, township, CreationAction.SELF_ASSESS, null,
                start.plusDays(2)));
        assertTrue(noSelf.getMessage().length() > 5, noSelf.getMessage());
        cu.score(township, c.id(), EvaluationStage.SELF, today.getYear(), full(set, IndicatorSet.Indicator::maxPoints), 0, Set.of(),
                Map.of());
        CreationView assessed = step(reload(c), township, CreationAction.SELF_ASSESS, null, start.plusDays(2));

        // the county reviews only with every required evidence filed, and names what is missing
        WorkflowException missing = assertThrows(WorkflowException.class, () -> step(assessed, county, CreationAction.REVIEW, null,
                start.plusDays(3)));
        set.indicators().stream().filter(IndicatorSet.Indicator::needsEvidence).forEach(i -> assertTrue(missing.getMessage()
                .contains(i.code()), i.code() + " in " + missing.getMessage()));
        assertThrows(AccessDeniedException.class, () -> step(assessed, township, CreationAction.REVIEW, null, start.plusDays(3)),
                "a township may not review");
        for (IndicatorSet.Indicator i : set.indicators()) {
            if (i.needsEvidence()) {
                cu.addEvidence(township, c.id(), i.code(), Files.writeString(tmp.resolve(i.code() + ".txt"), "材料 " + i.code()
                        + " 村务监督委员会会议记录"));
            }
        }
        // with a search module installed, each file is offered to the archive under the village's organisation (the
        // search module's own tests and the archive smoke check show that an offered file is then found)
        assertEquals(set.indicators().stream().filter(IndicatorSet.Indicator::needsEvidence).map(i -> village.code())
                .toList(), offered.stream().map(o -> o.orgCode()).toList(), "one file per required indicator, under the village");
        assertTrue(offered.stream().allMatch(o -> o.collection().equals("cleanunit") && o.name().matches("\\d+-V\\d+\\.txt")
                && o.text().contains("村务监督委员会会议记录")), offered.toString());
        CreationView reviewed = step(reload(c), county, CreationAction.REVIEW, null, start.plusDays(3));

        assertThrows(WorkflowException.class, () -> step(reviewed, county, CreationAction.VERIFY, null, start.plusDays(4)),
                "verification needs the on-site score");
        EvaluationView onSite = cu.score(county, c.id(), EvaluationStage.ON_SITE, today.getYear(), full(set, i -> i.maxPoints()
                - (i.code().endsWith("1") ? 0.5 : 0)), 2, Set.of(), Map.of("V01", "责任清单未及时更新"));
        assertTrue(onSite.passed());
        assertEquals(1, onSite.standardVersion());
        CreationView verified = step(reload(c), county, CreationAction.VERIFY, null, start.plusDays(5));
        CreationView notice = step(verified, county, CreationAction.NOTICE, null, start.plusDays(6));
        WorkflowException early = assertThrows(WorkflowException.class, () -> step(notice, county, CreationAction.PUBLISH, null,
                start.plusDays(8)));
        assertTrue(early.getMessage().contains(start.plusDays(6 + CreationAction.NOTICE_DAYS).toString()), early.getMessage());
        CreationView published = step(notice, county, CreationAction.PUBLISH, null, start.plusDays(6 + CreationAction.NOTICE_DAYS));
        assertEquals(CreationStatus.PUBLISHED, published.status());
        assertEquals(onSite.tier(), published.tier());

        var history = cu.history(county, c.id());
        assertEquals(List.of("DECLARE", "START", "SELF_ASSESS", "REVIEW", "VERIFY", "NOTICE", "PUBLISH"), history.stream()
                .map(h -> h.action()).toList());
        assertTrue(history.stream().allMatch(h -> h.recordedAt() != null && h.by() != null));
        assertEquals("county", history.get(3).by());
        List<String> audited = env.await(AuditLog.class).latest(admin,
                40).stream().filter(e -> ("cleanunit:" + c.id()).equals(e.getTarget()))
                .map(e -> e.getDetail()).toList();
        assertTrue(audited.size() >= 7 + 2, "every step and score audited: " + audited);
        assertTrue(env.await(AuditLog.class).verify().intact());
    }

    @Test
    void illegalStepsAreRefusedWithTheReason() throws Exception {
        OrgNodeView village = freshVillage(0);
        CreationView c = cu.declare(township, village.code(), CleanUnitKind.VILLAGE, today.minusDays(5));
        WorkflowException e = assertThrows(WorkflowException.class, () -> step(c, county, CreationAction.PUBLISH, null, today));
        assertTrue(e.getMessage().contains(CreationStatus.DECLARED.label()), e.getMessage());
        assertThrows(WorkflowException.class, () -> cu.declare(township, village.code(), CleanUnitKind.VILLAGE, today), "declared twice");
        assertThrows(WorkflowException.class, () -> step(c, township, CreationAction.START, null, today.plusDays(1)), "future");
        assertThrows(WorkflowException.class, () -> step(c, township, CreationAction.START, null, today.minusDays(6)),
                "before the last step");
        assertThrows(IllegalArgumentException.class, () -> cu.declare(township, village.code(), CleanUnitKind.SCHOOL, today),
                "a village is not a school");
        OrgNodeView hospital = orgs.children(county,
                "danfeng").stream().filter(n -> n.unitKind() == org.jiandu.core.model.UnitKind.HOSPITAL)
                .findFirst().orElseThrow();
        IllegalArgumentException notSchool = assertThrows(IllegalArgumentException.class, () -> cu.declare(county, hospital.code(),
                CleanUnitKind.SCHOOL, today), "a hospital is not a school");
        assertTrue(notSchool.getMessage().contains(hospital.name()), notSchool.getMessage());
        CreationView started = step(c, township, CreationAction.START, null, today);
        assertThrows(StaleDataException.class, () -> cu.transition(county, c.id(), c.version(), CreationAction.START, null, today),
                "someone else moved it");
        assertThrows(WorkflowException.class, () -> step(started, county, CreationAction.REJECT, " ", today), "reasons are needed");
        Subject viewer = env.login("viewer");
        assertThrows(AccessDeniedException.class, () -> cu.declare(viewer, freshVillage(1).code(), CleanUnitKind.VILLAGE, today));
    }

    @Test
    void aKnockOutFailsTheCheckAndBlocksNoticeUntilResolved() throws Exception {
        CreationView c = reviewed(freshVillage(0), today.minusDays(30));
        IndicatorSet set = cu.currentStandard(CleanUnitKind.VILLAGE);
        EvaluationView e = cu.score(county, c.id(), EvaluationStage.ON_SITE, today.getYear(), full(set, IndicatorSet.Indicator::maxPoints),
                5, Set.of("K2"), Map.of());
        assertFalse(e.passed(), "full points, but a knock-out item");
        assertEquals(List.of("K2"), e.knockOuts());
        CreationView now = reload(c);
        assertEquals(1, now.openEvents());
        WorkflowException refused = assertThrows(WorkflowException.class, () -> step(now, county, CreationAction.VERIFY, null, today));
        assertTrue(refused.getMessage().contains("K2"), refused.getMessage());
        CreationView rejected = step(now, county, CreationAction.REJECT, "触及负面清单", today);
        assertEquals(CreationStatus.REJECTED, rejected.status());
    }

    @Test
    void aPublishedTitleIsReviewedAfterAFiledCaseAndCanBeRevokedThenRedeclared() throws Exception {
        OrgNodeView village = freshVillage(0);
        CreationView c = reviewed(village, today.minusDays(40));
        IndicatorSet set = cu.currentStandard(CleanUnitKind.VILLAGE);
        cu.score(county, c.id(), EvaluationStage.ON_SITE, today.getYear(), full(set, IndicatorSet.Indicator::maxPoints), 0, Set.of(),
                Map.of());
        c = step(reload(c), county, CreationAction.VERIFY, null, today.minusDays(30));
        c = step(c, county, CreationAction.NOTICE, null, today.minusDays(29));
        c = step(c, county, CreationAction.PUBLISH, null, today.minusDays(20));

        // a case on file reaches the clean-unit module through the core CaseFiledListener (the case register calls it;
        // the search module's CaseListenersTest shows when)
        CaseFiledListener cases = env.await(CaseFiledListener.class);
        cases.caseFiled(county, village.code(), "DF-T-001", "张某某", today.minusDays(3));
        CreationView review = reload(c);
        assertEquals(CreationStatus.UNDER_REVIEW, review.status());
        assertEquals(1, review.openEvents());
        assertTrue(cu.events(county, c.id()).get(0).description().contains("DF-T-001"));
        cases.caseFiled(county, village.code(), "DF-T-001", "张某某", today.minusDays(3)); // the same case, now in trial
        assertEquals(1, reload(c).openEvents(), "the same case counts once");

        assertThrows(WorkflowException.class, () -> step(review, county, CreationAction.REVOKE, "", today), "revoking needs a reason");
        CreationView revoked = step(review, county, CreationAction.REVOKE, "村党支部书记被立案审查", today);
        assertEquals(CreationStatus.REVOKED, revoked.status());
        assertNull(revoked.tier());
        assertEquals(0, revoked.openEvents());
        assertTrue(cu.events(county, c.id()).stream().allMatch(e -> e.resolved()));
        CreationView again = step(revoked, township, CreationAction.REDECLARE, null, today);
        assertEquals(CreationStatus.DECLARED, again.status());
        CreationView restarted = step(again, township, CreationAction.START, null, today);
        assertThrows(WorkflowException.class, () -> step(restarted, township, CreationAction.SELF_ASSESS, null, today),
                "a redeclaration needs a new self-assessment");
    }

    @Test
    void aFamilyIsACadresAndACaseAgainstTheCadreReachesIt() {
        CadreView cadre = orgs.cadres(county, "danfeng-t01", 100).stream()
                .filter(x -> cu.creationsOf(county, "family:" + x.code()).isEmpty()).findFirst().orElseThrow();
        CreationView f = cu.declare(township, cadre.code(), CleanUnitKind.FAMILY, today);
        assertEquals("family:" + cadre.code(), f.unitCode());
        assertEquals(cadre.name() + "家庭", f.unitName());
        env.await(CaseFiledListener.class).caseFiled(county, "danfeng-t01", "DF-T-002", cadre.name(), today);
        assertEquals(1, reload(f).openEvents(), "the case blocks the family's title");
    }

    @Test
    void aNewStandardVersionNeverRescoresOldEvaluations() throws Exception {
        CreationView c = reviewed(freshVillage(0), today.minusDays(10));
        EvaluationView selfV1 = cu.evaluations(county, c.id()).get(0);
        assertEquals(1, selfV1.standardVersion());
        IndicatorSet v1 = cu.currentStandard(CleanUnitKind.VILLAGE);
        String text = IndicatorSetFormat.write(v1).replace("indicator: V01 | 5 |", "indicator: V01 | 4 |").replace("indicator: V02 | 5 |",
                "indicator: V02 | 6 |");
        IndicatorSet draft = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, text);
        assertThrows(AccessDeniedException.class, () -> cu.publishStandard(township, draft));
        assertThrows(IllegalArgumentException.class, () -> cu.publishStandard(county, IndicatorSetFormat.parse(CleanUnitKind.VILLAGE,
                text.replace("pass: 90", "pass: 190"))));
        IndicatorSet v2 = cu.publishStandard(county, draft);
        assertEquals(2, v2.version());
        assertEquals(2, cu.currentStandard(county, CleanUnitKind.VILLAGE).version(), "the county's own standard");
        assertEquals(List.of(2, 1), cu.standards(CleanUnitKind.VILLAGE).stream().map(IndicatorSet::version).toList());
        assertEquals(5, cu.standard(CleanUnitKind.VILLAGE, 1).orElseThrow().indicator("V01").orElseThrow().maxPoints());

        EvaluationView onSite = cu.score(county, c.id(), EvaluationStage.ON_SITE, today.getYear(),
                full(v2, IndicatorSet.Indicator::maxPoints),
                0, Set.of(), Map.of());
        assertEquals(2, onSite.standardVersion());
        assertThrows(IllegalArgumentException.class, () -> cu.score(county, c.id(), EvaluationStage.ON_SITE, today.getYear(), full(v1,
                IndicatorSet.Indicator::maxPoints).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getKey().equals("V02") ? 6.0 : e.getKey().equals("V01") ? 5.0 : e.getValue())), 0, Set.of(), Map.of()),
                "5 points on V01 exceed version 2's maximum");
        EvaluationView old = cu.evaluations(county, c.id()).stream().filter(e -> e.id() == selfV1.id()).findFirst().orElseThrow();
        assertEquals(selfV1, old, "the version 1 evaluation is unchanged");
    }

    @Test
    void monitoringOnceAYearAndAFailureSuspendsTheTitle() throws Exception {
        CreationView c = cu.creations(county, new CreationFilter(CleanUnitKind.VILLAGE, CreationStatus.PUBLISHED, null, null, 200)).stream()
                .filter(x -> x.lastMonitoredYear() < today.getYear()
                && x.statusSince().getYear() < today.getYear()).findFirst().orElseThrow();
        IndicatorSet set = cu.currentStandard(CleanUnitKind.VILLAGE);
        EvaluationView m = cu.score(county, c.id(), EvaluationStage.MONITORING, today.getYear(), full(set, i -> i.maxPoints() - 2), 0,
                Set.of(), Map.of());
        assertFalse(m.passed());
        CreationView now = reload(c);
        assertEquals(CreationStatus.UNDER_REVIEW, now.status());
        String scored = env.await(AuditLog.class).latest(admin, 10).stream().filter(e -> ("cleanunit:" + c.id()).equals(e.getTarget()))
                .findFirst().orElseThrow().getDetail();
        assertTrue(scored.contains("MONITORING " + today.getYear() + " scored") && scored.contains("negative event MONITORING "
                + today.getYear()) && scored.contains("status PUBLISHED -> UNDER_REVIEW"), scored);
        assertEquals(today.getYear(), now.lastMonitoredYear());
        assertThrows(WorkflowException.class, () -> cu.score(county, c.id(), EvaluationStage.MONITORING, today.getYear(), full(set,
                IndicatorSet.Indicator::maxPoints), 0, Set.of(), Map.of()), "monitored already (and under review)");
        CreationView kept = step(now, county, CreationAction.REINSTATE, "复查后整改到位", today);
        assertEquals(CreationStatus.PUBLISHED, kept.status());
        assertEquals(0, kept.openEvents());
    }

    @Test
    void anAppealIsTimelyOrRefused() throws Exception {
        CreationView c = reviewed(freshVillage(0), today.minusDays(80));
        c = step(c, county, CreationAction.REJECT, "材料不全", today.minusDays(70));
        CreationView rejected = c;
        WorkflowException late = assertThrows(WorkflowException.class, () -> step(rejected, township, CreationAction.APPEAL, "已补充材料",
                today));
        assertTrue(late.getMessage().contains(today.minusDays(70).plusDays(CreationAction.APPEAL_DAYS).toString()), late.getMessage());
        CreationView appealed = step(rejected, township, CreationAction.APPEAL, "已补充材料", today.minusDays(50));
        CreationView reopened = step(appealed, county, CreationAction.REOPEN, "申诉理由成立", today);
        assertEquals(CreationStatus.SELF_ASSESSED, reopened.status());
    }

    @Test
    void coverageCountsAgreeWithTheListAndStayInsideTheScope() throws Exception {
        List<CreationView> all = cu.creations(county, CreationFilter.all());
        assertTrue(all.size() > 100, all.size() + " demo creations");
        EnumSet<CreationStatus> seen = EnumSet.noneOf(CreationStatus.class);
        all.forEach(x -> seen.add(x.status()));
        assertTrue(seen.containsAll(EnumSet.of(CreationStatus.DECLARED, CreationStatus.IN_PROGRESS, CreationStatus.SELF_ASSESSED,
                CreationStatus.PUBLISHED, CreationStatus.UNDER_REVIEW, CreationStatus.REJECTED, CreationStatus.REVOKED)), seen.toString());
        List<CoverageRow> rows = cu.coverage(county, today.getYear());
        CoverageRow overall = rows.get(rows.size() - 1);
        assertNull(overall.kind());
        assertEquals(all.size(), overall.declared());
        assertEquals(all.stream().filter(x -> x.status() == CreationStatus.PUBLISHED && x.latestPassed()).count(), overall.meeting());
        CoverageRow t01 = rows.stream().filter(r -> "danfeng-t01".equals(r.groupCode()) && r.kind() == CleanUnitKind.VILLAGE).findFirst()
                .orElseThrow();
        long villages = orgs.children(county, "danfeng-t01").stream().filter(v -> v.level() == OrgLevel.VILLAGE).count();
        assertEquals(villages, t01.eligible(), "the demo's target: every village of the township");
        assertEquals(Math.round(1000.0 * t01.meeting() / t01.eligible()) / 10.0, t01.coveragePercent());

        cu.setTarget(county, "danfeng-t01", CleanUnitKind.VILLAGE, 4, 50);
        CoverageRow changed = cu.coverage(county, today.getYear()).stream().filter(r -> "danfeng-t01".equals(r.groupCode())
                && r.kind() == CleanUnitKind.VILLAGE).findFirst().orElseThrow();
        assertEquals(4, changed.eligible());
        assertEquals(50, changed.targetPercent());
        assertThrows(IllegalArgumentException.class, () -> cu.setTarget(county, "danfeng-t01", CleanUnitKind.VILLAGE, 4, 0));

        // a township user sees only its township: in the list, the report and single lookups
        List<CreationView> mine = cu.creations(township, CreationFilter.all());
        assertTrue(mine.stream().allMatch(x -> x.orgPath().startsWith(township.scopePath())), "list in scope");
        assertTrue(cu.coverage(township, today.getYear()).stream().allMatch(r -> r.groupCode() == null || r.groupCode().equals(
                "danfeng-t01")), "report in scope");
        CreationView other = all.stream().filter(x -> !x.orgPath().startsWith(township.scopePath())).findFirst().orElseThrow();
        assertTrue(cu.creation(township, other.id()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> cu.history(township, other.id()));
        assertThrows(IllegalArgumentException.class, () -> cu.transition(township, other.id(), other.version(), CreationAction.START, null,
                today));

        Path xlsx = tmp.resolve("coverage.xlsx"), pdf = tmp.resolve("coverage.pdf"), list = tmp.resolve("list.xlsx");
        cu.exportCoverage(county, today.getYear(), xlsx);
        cu.exportCoverage(county, today.getYear(), pdf);
        cu.exportCreations(county, CreationFilter.all(), list);
        assertEquals(rows.size() + 1, XlsxReader.firstSheetRows(xlsx).size());
        assertEquals(all.size() + 1, XlsxReader.firstSheetRows(list).size());
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
        EvaluationView ev = cu.evaluations(county,
                all.stream().filter(x -> x.status() == CreationStatus.PUBLISHED).findFirst().orElseThrow()
                .id()).get(0);
        Path sheet = tmp.resolve("score.xlsx");
        cu.exportScoreSheet(county, ev.id(), sheet);
        assertEquals(cu.currentStandard(CleanUnitKind.VILLAGE).indicators().size() + 3, XlsxReader.firstSheetRows(sheet).size(),
                "header, one row per indicator, bonus and total");
    }

    @Test
    void demonstrationSitesLeadFollowersOfTheirKind() {
        var sites = cu.sites(county, CleanUnitKind.VILLAGE);
        assertFalse(sites.isEmpty());
        assertTrue(sites.stream().allMatch(s -> s.site().site() && s.followers().stream().allMatch(f -> f.kind() == CleanUnitKind.VILLAGE
                && f.siteId() == s.site().id())));
        CreationView school = cu.creations(county, new CreationFilter(CleanUnitKind.SCHOOL, null, null, null, 1)).get(0);
        assertThrows(WorkflowException.class, () -> cu.follow(county, school.id(), sites.get(0).site().id()),
                "a school follows no village");
        CreationView village = cu.creations(county,
                new CreationFilter(CleanUnitKind.VILLAGE, CreationStatus.DECLARED, null, null, 1)).get(0);
        assertThrows(WorkflowException.class, () -> cu.follow(county, sites.get(0).site().id(), village.id()), "not a site");
        assertThrows(WorkflowException.class, () -> cu.setSite(county, village.id(), true), "only a published unit leads");
        cu.follow(county, village.id(), sites.get(0).site().id());
        assertEquals(sites.get(0).site().unitName(), reload(village).siteName());
    }

    @Test
    void candidatesFollowTheCountysOwnJurisdiction() {
        JurisdictionService jurisdiction = env.await(JurisdictionService.class);
        OrgNodeView closing = freshVillage(0);
        jurisdiction.addNode(county, OrgLevel.VILLAGE, "df-new-village", "新建村", "danfeng-t01", null);
        jurisdiction.closeNode(county, closing.code(), null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> cu.declare(township, closing.code(), CleanUnitKind.VILLAGE, today), "a closed village cannot declare");
        assertTrue(refused.getMessage().contains(closing.name()), refused.getMessage());
        CreationView fresh = cu.declare(township, "df-new-village", CleanUnitKind.VILLAGE, today);
        assertEquals("danfeng-t01", fresh.groupCode(), "the new village counts under its township");
    }
}
