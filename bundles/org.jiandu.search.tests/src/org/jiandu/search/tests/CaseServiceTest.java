package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jiandu.core.Progress;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.Rank;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseValidationException;
import org.jiandu.search.CaseView;
import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchResult;
import org.jiandu.search.SearchService;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases, their import, and what they, tags and watched folders add to search; real H2 database and index. */
class CaseServiceTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private CaseService cases;
    private SearchService search;
    private Subject county;

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        cases = env.await(CaseService.class);
        search = env.await(SearchService.class);
        county = env.login("county");
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private static CaseView draft(String no, String township, DisciplineForm form, CaseStatus status, LocalDate closed) {
        return new CaseView(0, 0, no, "张某某", Rank.VILLAGE, township, null, "违反廉洁纪律", form,
                LocalDate.of(2024, 3, 15), closed, status);
    }

    @Test
    void casesAreSavedScopedAndAudited() throws Exception {
        CaseView saved = cases.save(county, draft("测试〔2024〕1号", "danfeng-t01", DisciplineForm.SECOND, CaseStatus.FILED, null));
        cases.save(county, draft("测试〔2024〕2号", "danfeng-t02", null, CaseStatus.PRELIMINARY, null));
        assertTrue(saved.id() > 0);
        assertTrue(saved.townshipName().endsWith("镇") || saved.townshipName().endsWith("乡")
                || saved.townshipName().endsWith("街道"), saved.townshipName());
        assertEquals(2, cases.list(county, "测试", null, 100).size());
        assertEquals(1, cases.list(county, "测试〔2024〕2", null, 100).size());
        assertEquals(1, cases.list(county, "测试", CaseStatus.FILED, 100).size());

        Subject township = env.login("township"); // scoped to danfeng-t01
        assertEquals(List.of("测试〔2024〕1号"), cases.list(township, "测试", null, 100).stream().map(CaseView::caseNo).toList());
        assertTrue(cases.list(township, null, null, 1000).stream().allMatch(c -> c.townshipCode().equals("danfeng-t01")),
                "the demo cases of other townships stay hidden too");
        assertTrue(cases.find(township, "测试〔2024〕2号").isEmpty());
        CaseValidationException outside = assertThrows(CaseValidationException.class,
                () -> cases.save(township, draft("X-3", "danfeng-t02", null, CaseStatus.PRELIMINARY, null)));
        assertTrue(outside.getMessage().contains("danfeng-t02"), outside.getMessage());
        assertThrows(AccessDeniedException.class, () -> cases.list(env.login("viewer"), null, null, 10));
        assertThrows(AccessDeniedException.class,
                () -> cases.save(env.login("trainer"), draft("X-4", "danfeng-t01", null, CaseStatus.PRELIMINARY, null)));

        List<String> actions = env.await(AuditLog.class).latest(env.login("admin"), 50).stream()
                .map(e -> e.getAction() + " " + e.getTarget()).toList();
        assertTrue(actions.contains("change case:测试〔2024〕1号"), actions.toString());
        assertTrue(actions.contains("read cases"), actions.toString());
    }

    @Test
    void everyCaseMessageHasAChineseTranslation() throws Exception {
        Properties en = new Properties(), zh = new Properties();
        try (var a = getClass().getResourceAsStream("/org/jiandu/search/internal/caseMessages.properties");
                var b = getClass().getResourceAsStream("/org/jiandu/search/internal/caseMessages_zh.properties")) {
            en.load(a);
            zh.load(b);
        }
        assertTrue(en.size() > 20);
        assertEquals(en.keySet(), zh.keySet());
        for (Object k : en.keySet()) {
            assertFalse(en.get(k).equals(zh.get(k)), "not translated: " + k);
        }
    }

    @Test
    void theDemoDataHasCasesShapedByTheReport() {
        List<CaseView> demo = cases.list(county, "丹纪立", null, 1000);
        assertEquals(36, demo.size());
        List<CaseView> village = demo.stream().filter(c -> c.rank() == Rank.VILLAGE).toList();
        assertTrue(village.size() >= 8 && village.size() <= 24, "about 41% village cadres: " + village.size());
        assertTrue(demo.stream().allMatch(c -> c.status() != CaseStatus.CLOSED || c.closedOn() != null));
        assertTrue(demo.stream().map(CaseView::townshipCode).distinct().count() > 3, "spread over townships");
    }

    @Test
    void badCasesAreRefusedWithEveryReason() {
        CaseValidationException e = assertThrows(CaseValidationException.class, () -> cases.save(county,
                new CaseView(0, 0, "has space", "", null, "nowhere", null, "", null, LocalDate.now().plusDays(3), null,
                        CaseStatus.CLOSED)));
        String all = String.join("\n", e.problems());
        for (String expected : new String[] { "without spaces", "person investigated", "choose a rank", "nowhere",
                "violation category", "in the future", "needs its closing date" }) {
            assertTrue(all.contains(expected), expected + " missing from:\n" + all);
        }
        CaseValidationException order = assertThrows(CaseValidationException.class, () -> cases.save(county,
                draft("A-1", "danfeng-t01", DisciplineForm.FIRST, CaseStatus.CLOSED, LocalDate.of(2024, 1, 1))));
        assertTrue(order.getMessage().contains("before the filing date"), order.getMessage());
        cases.save(county, draft("A-1", "danfeng-t01", null, CaseStatus.PRELIMINARY, null));
        assertThrows(CaseValidationException.class,
                () -> cases.save(county, draft("a-1", "danfeng-t01", null, CaseStatus.PRELIMINARY, null)),
                "case numbers are unique regardless of case");
        assertEquals(1, cases.list(county, "A-1", null, 10).size());
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefused() {
        CaseView v1 = cases.save(county, draft("B-1", "danfeng-t01", null, CaseStatus.PRELIMINARY, null));
        CaseView mine = new CaseView(v1.id(), v1.version(), v1.caseNo(), "李某", v1.rank(), v1.townshipCode(), null,
                v1.category(), DisciplineForm.FIRST, v1.filedOn(), null, CaseStatus.FILED);
        CaseView theirs = new CaseView(v1.id(), v1.version(), v1.caseNo(), "王某", v1.rank(), v1.townshipCode(), null,
                v1.category(), DisciplineForm.SECOND, v1.filedOn(), null, CaseStatus.FILED);
        cases.save(county, theirs);
        assertThrows(StaleDataException.class, () -> cases.save(county, mine));
        assertEquals("王某", cases.find(county, "B-1").orElseThrow().subjectName());
    }

    private Path sheet(String name, List<List<Object>> rows) throws Exception {
        Path f = tmp.resolve(name);
        XlsxWriter.write(f, List.of(new XlsxWriter.Sheet("案件", rows)));
        return f;
    }

    private static final List<Object> HEADER = List.of("案件编号", "被审查人", "职级", "乡镇", "违纪类别", "形态", "立案日期",
            "结案日期", "状态");

    @Test
    void anImportWithABadRowWritesNothingAndNamesEveryBadRow() throws Exception {
        cases.save(county, draft("C-1", "danfeng-t01", null, CaseStatus.PRELIMINARY, null));
        String t2 = cases.save(county, draft("tmp", "danfeng-t02", null, CaseStatus.PRELIMINARY, null)).townshipName();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of("C-1", "张某", "村干部", "danfeng-t01", "违反群众纪律", "1", "2024-02-01", "2024-05-01", "结案"));
        rows.add(List.of("C-2", "李某", "科员", t2, "违反廉洁纪律", "第二种形态", 45352, "", "立案")); // serial date, name
        rows.add(List.of("C-3", "王某", "厅级", "danfeng-t01", "违反工作纪律", "5", "2024-13-01", "", "办结"));
        rows.add(List.of("", "", "", "", "", "", "", "", ""));
        rows.add(List.of("C-2", "赵某", "科级", "nowhere", "违反工作纪律", "", "", "", "初核"));
        ImportReport r = cases.importXlsx(county, sheet("cases.xlsx", rows), false);
        assertFalse(r.imported());
        assertEquals(0, r.added() + r.updated());
        assertEquals(List.of(4, 4, 4, 4, 6, 6), r.errors().stream().map(ImportReport.RowError::row).toList(), r.errors().toString());
        String text = r.errors().toString();
        for (String expected : new String[] { "厅级", "'5'", "2024-13-01", "办结", "nowhere", "appears twice" }) {
            assertTrue(text.contains(expected), expected + " missing from " + text);
        }
        assertEquals(CaseStatus.PRELIMINARY, cases.find(county, "C-1").orElseThrow().status(), "nothing was written");

        ImportReport partial = cases.importXlsx(county, sheet("cases.xlsx", rows), true);
        assertTrue(partial.imported());
        assertEquals(1, partial.added());
        assertEquals(1, partial.updated());
        CaseView c1 = cases.find(county, "C-1").orElseThrow();
        assertEquals(CaseStatus.CLOSED, c1.status());
        assertEquals(LocalDate.of(2024, 5, 1), c1.closedOn());
        CaseView c2 = cases.find(county, "C-2").orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 1), c2.filedOn(), "Excel serial 45352");
        assertEquals(DisciplineForm.SECOND, c2.form());
        assertEquals("danfeng-t02", c2.townshipCode(), "a township by its name");
    }

    @Test
    void anImportWithACaseOfAnotherJurisdictionWritesNothingAndDisclosesNothing() throws Exception {
        Subject township = env.login("township"); // danfeng-t01
        cases.save(county, draft("OTHER-7", "danfeng-t02", null, CaseStatus.PRELIMINARY, null));
        String t2Name = cases.find(county, "OTHER-7").orElseThrow().townshipName();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of("OWN-1", "张某", "村干部", "danfeng-t01", "违反群众纪律", "1", "2024-02-01", "", "立案"));
        rows.add(List.of("OTHER-7", "李某", "村干部", "danfeng-t01", "违反廉洁纪律", "", "2024-02-01", "", "立案"));
        ImportReport r = cases.importXlsx(township, sheet("mixed.xlsx", rows), false);
        assertFalse(r.imported(), "a refused row stops the whole import");
        assertEquals(0, r.added() + r.updated());
        assertTrue(cases.find(township, "OWN-1").isEmpty(), "nothing was written");
        assertEquals(List.of(3), r.errors().stream().map(ImportReport.RowError::row).toList(), r.errors().toString());
        String text = r.errors().toString();
        assertFalse(text.contains(t2Name) || text.contains("danfeng-t02") || text.contains("jurisdiction")
                || text.contains("管辖"), "the message discloses where the case is: " + text);
        assertEquals(CaseStatus.PRELIMINARY, cases.find(county, "OTHER-7").orElseThrow().status());

        ImportReport good = cases.importXlsx(township, sheet("mixed.xlsx", rows), true);
        assertTrue(good.imported());
        assertEquals(1, good.added());
        assertEquals("李某".equals(cases.find(county, "OTHER-7").orElseThrow().subjectName()), false,
                "the other jurisdiction's case is untouched");
    }

    @Test
    void anImportWithoutTheNeededColumnsOrOfADamagedFileSaysSo() throws Exception {
        ImportReport r = cases.importXlsx(county, sheet("cols.xlsx", List.of(List.of("案件编号", "姓名"),
                List.of("D-1", "张某"))), false);
        assertFalse(r.imported());
        assertTrue(r.errors().get(0).message().contains("职级"), r.errors().toString());
        Path broken = tmp.resolve("broken.xlsx");
        Files.write(broken, "PK\u0003\u0004 not really".getBytes());
        ImportReport b = cases.importXlsx(county, broken, true);
        assertFalse(b.imported());
        assertTrue(b.errors().get(0).message().contains("damaged"), b.errors().toString());
    }

    @Test
    void formFacetAndFilterFollowTheCasesWithoutReindexing() throws Exception {
        cases.save(county, draft("E-1", "danfeng-t02", DisciplineForm.FIRST, CaseStatus.FILED, null));
        cases.save(county, draft("E-2", "danfeng-t01", DisciplineForm.THIRD, CaseStatus.FILED, null));
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        Fixtures.text(a.resolve("谈话笔录.txt"), "关于套取补贴问题的谈话笔录", StandardCharsets.UTF_8);
        Fixtures.text(b.resolve("调查报告.txt"), "关于套取补贴问题的调查报告", StandardCharsets.UTF_8);
        search.index(county, List.of(a), null, "E-1", Progress.NONE);
        search.index(county, List.of(b), null, "E-2", Progress.NONE);

        SearchResult all = search.search(county, "套取补贴", 10);
        assertEquals(2, all.total());
        assertEquals(1L, all.facets().get("form").get("1"));
        assertEquals(1L, all.facets().get("form").get("3"));
        assertEquals(1L, all.facets().get("township").get("danfeng-t02"), "documents take the case's township");
        assertEquals(1, search.search(county, "套取补贴 form:1", 10).total());
        assertEquals(1, search.search(county, "套取补贴 form:第三种形态", 10).total());
        assertEquals(0, search.search(county, "form:2", 10).total());

        CaseView e1 = cases.find(county, "E-1").orElseThrow();
        cases.save(county, new CaseView(e1.id(), e1.version(), e1.caseNo(), e1.subjectName(), e1.rank(), e1.townshipCode(),
                null, e1.category(), DisciplineForm.THIRD, e1.filedOn(), null, e1.status()));
        assertEquals(2, search.search(county, "form:3", 10).total(), "a changed form counts at once");
        assertEquals(0, search.search(env.login("township"), "form:1 OR form:3 套取", 10).hits().stream()
                .filter(h -> h.township().equals("danfeng-t02")).count(), "scope still applies");
    }

    @Test
    void tagsAndStarsArePerUserAndSearchable() throws Exception {
        Path a = tmp.resolve("a");
        Fixtures.text(a.resolve("一.txt"), "村集体资金使用情况", StandardCharsets.UTF_8);
        Fixtures.text(a.resolve("二.txt"), "村集体资金审计意见", StandardCharsets.UTF_8);
        search.index(county, List.of(a), "danfeng-t01", null, Progress.NONE);
        String first = search.search(county, "使用情况", 1).hits().get(0).id();
        search.tag(county, first, "重点", true);
        search.tag(county, first, SearchService.STAR, true);
        search.tag(county, first, "重点", true); // twice is once

        assertEquals(Set.of("重点", "★"), search.tags(county, first));
        assertEquals(1, search.search(county, "tag:重点", 10).total());
        assertEquals(1, search.search(county, "资金 tag:★", 10).total());
        assertEquals(1L, search.search(county, "资金", 10).facets().get("tag").get("重点"));
        assertEquals(Map.of("重点", 1L, "★", 1L), search.tagCounts(county));

        Subject investigator = env.login("investigator");
        assertEquals(0, search.search(investigator, "tag:重点", 10).total(), "tags belong to the user who set them");
        assertTrue(search.search(investigator, "资金", 10).facets().get("tag").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> search.tag(county, first, "two words", true));

        search.tag(county, first, "重点", false);
        assertEquals(0, search.search(county, "tag:重点", 10).total());
        // each change of a tag is audited with it; setting a tag that is there already changes nothing
        String doc = "document:" + a.resolve("一.txt").toAbsolutePath().normalize();
        List<String> tagged = env.await(AuditLog.class).latest(env.login("admin"), 50).stream()
                .filter(e -> e.getTarget().equals(doc)).map(e -> e.getAction() + " " + e.getDetail()).toList();
        assertEquals(List.of("change tag 重点 removed", "change tag ★ added", "change tag 重点 added"), tagged);
        Subject township = env.login("township");
        Fixtures.text(tmp.resolve("b").resolve("三.txt"), "外乡镇资金", StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("b")), "danfeng-t02", null, Progress.NONE);
        String other = search.search(county, "外乡镇", 1).hits().get(0).id();
        assertThrows(AccessDeniedException.class, () -> search.tag(township, other, "x", true));
        assertEquals(Optional.of(first), search.unitOf(county, a.resolve("一.txt")), "a file names its unit");
        assertEquals(Optional.empty(), search.unitOf(township, tmp.resolve("b").resolve("三.txt")),
                "not outside the scope");
    }

    @Test
    void oneDocumentCanBeReindexedAndWatchedFoldersUpdateThemselves() throws Exception {
        Path a = tmp.resolve("archive");
        Path f = Fixtures.text(a.resolve("记录.txt"), "第一稿内容", StandardCharsets.UTF_8);
        search.index(county, List.of(a), "danfeng-t01", null, Progress.NONE);
        String id = search.search(county, "第一稿", 1).hits().get(0).id();
        Files.writeString(f, "第二稿内容", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IndexReport r = search.reindex(county, id);
        assertEquals(1, r.updated());
        assertEquals(0, search.search(county, "第一稿", 1).total());
        assertEquals(1, search.search(county, "第二稿", 1).total());

        assertEquals(1, search.folders(county).size());
        assertFalse(search.folders(county).get(0).watched());
        search.setWatched(county, a, true);
        assertTrue(search.folders(county).get(0).watched());
        assertTrue(search.folders(env.login("township")).size() == 1, "danfeng-t01 is the township user's own");

        Fixtures.text(a.resolve("离线.txt"), "关闭期间新增的材料", StandardCharsets.UTF_8);
        BlockingQueue<IndexReport> reports = new ArrayBlockingQueue<>(10);
        try (AutoCloseable watcher = search.watch(county, reports::add)) {
            IndexReport first = reports.poll(20, TimeUnit.SECONDS);
            assertEquals(1, first == null ? -1 : first.added(), "what changed while closed is caught up at the start");
            assertEquals(1, search.search(county, "关闭期间", 1).total());
            Files.createDirectories(a.resolve("新"));
            Thread.sleep(300);
            Fixtures.text(a.resolve("新").resolve("补充.txt"), "补充材料到达", StandardCharsets.UTF_8);
            IndexReport seen = null;
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until && search.search(county, "补充材料", 1).total() == 0) {
                IndexReport next = reports.poll(1, TimeUnit.SECONDS);
                seen = next == null ? seen : next;
            }
            assertEquals(1, search.search(county, "补充材料", 1).total(), "the watcher indexed the new file; last report " + seen);
            assertEquals("danfeng-t01", search.search(county, "补充材料", 1).hits().get(0).township());
        }
    }
}
