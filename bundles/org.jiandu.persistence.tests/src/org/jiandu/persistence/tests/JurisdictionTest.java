package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.TownshipStaffing;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.Change;
import org.jiandu.core.jurisdiction.HistoryEntry;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.jurisdiction.JurisdictionWorkbook;
import org.jiandu.core.jurisdiction.Problem;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.City;
import org.jiandu.core.model.County;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.Rank;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The county's own jurisdiction on a real installation that starts with only the city and the county: workbooks
 * written for this test (jurisdiction/v1, v2 and broken: Danfeng's 12 townships, villages, units, posts, cadres as
 * TSV text turned into XLSX here), the difference and its application, all-or-nothing refusal of a broken workbook,
 * dry runs, history and audit, hand edits, scope and roles. H2 and PostgreSQL.
 */
class JurisdictionTest {

    private static final String COUNTY = "danfeng";
    private static final Subject COUNTY_USER = new Subject("county", "丹凤县纪委", Role.COUNTY_COMMISSION, COUNTY, "丹凤县",
            "/shangluo/danfeng/");
    private static final Map<String, String> SHEETS = new LinkedHashMap<>();
    static {
        SHEETS.put("townships", JurisdictionWorkbook.TOWNSHIPS);
        SHEETS.put("villages", JurisdictionWorkbook.VILLAGES);
        SHEETS.put("units", JurisdictionWorkbook.UNITS);
        SHEETS.put("posts", JurisdictionWorkbook.POSTS);
        SHEETS.put("cadres", JurisdictionWorkbook.CADRES);
    }

    @TempDir
    Path dir;
    private DatabaseConfig config;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    /** A real installation's start: the city and the county, nothing else (no demo data). */
    private void openEmptyCounty(String kind) throws Exception {
        config = TestDatabases.fresh(kind, dir);
        Services.get(DatabaseManager.class).open(config);
        Services.get(Database.class).txRun(em -> {
            Services.get(AuditLog.class).append(em, "test", AuditLog.CHANGE, "org:shangluo", "the city and two counties");
            City city = new City("shangluo", "商洛市", null);
            em.persist(city);
            em.persist(new County(COUNTY, "丹凤县", city));
            em.persist(new County("luonan", "洛南县", city));
        });
    }

    private static JurisdictionService service() {
        return Services.get(JurisdictionService.class);
    }

    private static OrgService orgs() {
        return Services.get(OrgService.class);
    }

    /** The TSV files of one version as sheets: header, the template's explanation row, then the data rows. */
    static List<XlsxWriter.Sheet> sheets(String version) throws Exception {
        List<XlsxWriter.Sheet> out = new ArrayList<>();
        for (Map.Entry<String, String> s : SHEETS.entrySet()) {
            List<List<Object>> rows = new ArrayList<>();
            String res = "jurisdiction/" + version + "/" + s.getKey() + ".tsv";
            try (InputStream in = JurisdictionTest.class.getResourceAsStream(res)) {
                assertNotNull(in, res);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    List<Object> row = new ArrayList<>();
                    for (String cell : line.split("\t", -1)) {
                        row.add(cell.matches("\\d{1,6}") ? (Object) Long.valueOf(cell) : cell); // counts, Excel dates
                    }
                    rows.add(row);
                    if (rows.size() == 1) {
                        rows.add(new ArrayList<>(JurisdictionWorkbook.SHEETS.get(s.getValue()).stream()
                                .map(JurisdictionWorkbook.Column::explanation).toList()));
                    }
                }
            }
            out.add(new XlsxWriter.Sheet(s.getValue(), rows));
        }
        return out;
    }

    private Path workbook(String version) throws Exception {
        return write(version, sheets(version));
    }

    private Path write(String name, List<XlsxWriter.Sheet> sheets) throws Exception {
        Path file = dir.resolve(name + ".xlsx");
        XlsxWriter.write(file, sheets);
        return file;
    }

    private JurisdictionCheck load(Path file, boolean apply) throws Exception {
        return service().importWorkbook(COUNTY_USER, COUNTY, file, apply);
    }

    /** Every row of the tables the jurisdiction lives in, as text: equal dumps mean nothing was written. */
    private String dump() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement()) {
            for (String t : List.of("ORG_NODE", "CADRE", "AUTHORIZED_POST", "SECONDMENT", "ORG_CHANGE", "AUDIT_ENTRY", "AUDIT_HEAD")) {
                try (ResultSet rs = s.executeQuery("select * from " + t + " order by 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    sb.append(t).append('\n');
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<Change> of(JurisdictionCheck r, SubjectKind s, ChangeKind k) {
        return r.changes().stream().filter(c -> c.subject() == s && c.kind() == k).toList();
    }

    private static boolean has(JurisdictionCheck r, String code, ChangeKind kind, String field, String from, String to) {
        return r.changes().stream().anyMatch(c -> c.code().equals(code) && c.kind() == kind
                && Objects.equals(c.field(), field) && Objects.equals(c.oldValue(), from)
                && Objects.equals(c.newValue(), to));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void importsTheCountyThenAppliesTheDifferenceOfItsSecondVersion(String kind) throws Exception {
        openEmptyCounty(kind);
        String empty = dump();
        JurisdictionCheck dry = load(workbook("v1"), false);
        assertTrue(dry.ok(), () -> dry.problems().toString());
        assertFalse(dry.applied());
        assertEquals(224, dry.rows());
        assertEquals(12 + 96 + 20, of(dry, SubjectKind.NODE, ChangeKind.NEW).size());
        assertEquals(72, of(dry, SubjectKind.CADRE, ChangeKind.NEW).size());
        assertEquals(empty, dump(), "a dry run writes nothing");

        JurisdictionCheck first = load(workbook("v1"), true);
        assertTrue(first.applied());
        OrgStats s = orgs().stats(COUNTY_USER, COUNTY);
        assertEquals(12, s.townships());
        assertEquals(96, s.villages());
        assertEquals(20, s.units());
        assertEquals(72, s.cadres());
        assertEquals(36, s.authorizedPosts());
        assertEquals(0, s.vacancies());
        assertEquals(2, s.secondedLongTerm(), "two secondments open since 2025, one ended in 2025");
        assertEquals("/shangluo/danfeng/df-caichuan/df-caichuan-03/", orgs().find(COUNTY_USER, "df-caichuan-03").orElseThrow().path());
        assertEquals("峦庄镇", orgs().find(COUNTY_USER, "df-luanzhuang").orElseThrow().name());
        CadreView serial = orgs().cadre(COUNTY_USER, "DF0002").orElseThrow();
        assertEquals(LocalDate.of(2023, 3, 15), serial.since(), "Excel serial 45000");
        assertEquals(Rank.STAFF, serial.rank());
        assertEquals(CadreRole.STATIONED_GROUP_MEMBER, orgs().cadre(COUNTY_USER, "DF0061").orElseThrow().role(),
                "English enum names are accepted");

        String afterFirst = dump();
        JurisdictionCheck again = load(workbook("v1"), true);
        assertTrue(again.ok());
        assertEquals(List.of(), again.changes(), "the same workbook again is no change");
        assertEquals(afterFirst, dump(), "and writes nothing, not even audit entries");

        JurisdictionCheck diff = load(workbook("v2"), false);
        assertTrue(diff.ok(), () -> diff.problems().toString());
        assertEquals(afterFirst, dump(), "the difference is shown before anything is written");
        assertTrue(has(diff, "df-shangzhen", ChangeKind.CHANGED, "name", "商镇", "商镇（新）"), diff.changes()::toString);
        assertTrue(has(diff, "df-yuling-02", ChangeKind.CHANGED, "name", "中岭村", "庾岭新村"));
        assertTrue(has(diff, "df-caichuan-03", ChangeKind.CHANGED, "parent", "df-caichuan", "df-yuling"));
        assertTrue(has(diff, "df-u13", ChangeKind.CHANGED, "kind", "企业", "机关"));
        assertTrue(has(diff, "df-huaping-05", ChangeKind.CLOSED, null, null, null));
        assertTrue(has(diff, "df-u20", ChangeKind.CLOSED, null, null, null));
        assertTrue(has(diff, "df-tumen-09", ChangeKind.NEW, "VILLAGE", null, "df-tumen"));
        assertTrue(has(diff, "df-u21", ChangeKind.NEW, "UNIT", null, "机关"));
        assertTrue(has(diff, "DF0035", ChangeKind.CHANGED, "org", "df-huaping", "df-yuling"));
        assertTrue(has(diff, "DF0035", ChangeKind.CHANGED, "post", "专职纪检干部 (df-huaping)", "专职纪检干部 (df-yuling)"));
        assertTrue(has(diff, "DF0001", ChangeKind.CHANGED, "rank", "科级", "处级"));
        assertTrue(has(diff, "DF0003", ChangeKind.CHANGED, "secondment", "县委巡察办 2025-01-01– 参加巡察",
                "县委巡察办 2025-01-01–2026-03-31 参加巡察"), diff.changes()::toString);
        assertTrue(has(diff, "DF0026", ChangeKind.CLOSED, null, "df-siping", null));
        assertTrue(has(diff, "DF0060", ChangeKind.CLOSED, null, "df-huaping-05", null));
        assertTrue(has(diff, "DF0900", ChangeKind.NEW, null, null, "df-tumen-09"));
        assertTrue(has(diff, "df-yuling", ChangeKind.CHANGED, "posts:专职纪检干部", "2", "3"));
        assertTrue(has(diff, "df-huaping", ChangeKind.CHANGED, "posts:专职纪检干部", "2", "1"));
        assertEquals(17, diff.changes().size(), diff.changes()::toString);

        long auditBefore = Services.get(AuditLog.class).verify().entries();
        JurisdictionCheck second = load(workbook("v2"), true);
        assertTrue(second.applied());
        assertEquals("/shangluo/danfeng/df-yuling/df-caichuan-03/", orgs().find(COUNTY_USER, "df-caichuan-03").orElseThrow().path(),
                "a moved village's path follows");
        OrgNodeView closed = orgs().find(COUNTY_USER, "df-huaping-05").orElseThrow();
        assertTrue(closed.closed(), "closed, not deleted");
        assertTrue(orgs().children(COUNTY_USER, "df-huaping").stream().anyMatch(v -> v.code().equals("df-huaping-05") && v.closed()),
                "the tree marks it");
        CadreView director = orgs().cadre(COUNTY_USER, "DF0060").orElseThrow();
        assertFalse(director.active(), "the closed village's director left");
        assertEquals("df-huaping-05", director.orgCode(), "and keeps the record of where they served");
        assertFalse(orgs().cadre(COUNTY_USER, "DF0026").orElseThrow().active());
        assertEquals("df-yuling", orgs().cadre(COUNTY_USER, "DF0035").orElseThrow().orgCode());
        OrgStats s2 = orgs().stats(COUNTY_USER, COUNTY);
        assertEquals(96, s2.villages(), "one closed, one new");
        assertEquals(20, s2.units());
        assertEquals(71, s2.cadres());
        assertEquals(36, s2.authorizedPosts(), "one more in Yuling, one fewer in Huaping");
        assertEquals(1, s2.vacancies(), "the post of the cadre who left Siping");
        TownshipStaffing yuling = orgs().staffing(COUNTY_USER, "df-yuling").get(0);
        assertEquals(4, yuling.authorizedPosts());
        assertEquals(4, yuling.filled());
        assertEquals(9, yuling.villages(), "eight and the moved one");

        assertTrue(Services.get(AuditLog.class).verify().intact());
        assertTrue(Services.get(AuditLog.class).verify().entries() >= auditBefore + 17, "an audit entry per change");
        List<HistoryEntry> h = service().history(COUNTY_USER, "DF0035");
        assertTrue(h.stream().anyMatch(e -> e.kind() == ChangeKind.CHANGED && "org".equals(e.field())
                && "df-huaping".equals(e.oldValue()) && "df-yuling".equals(e.newValue()) && "county".equals(e.actor())), h::toString);
        assertEquals(ChangeKind.NEW, h.get(0).kind());
        assertTrue(service().history(COUNTY_USER, "df-huaping-05").stream().anyMatch(e -> e.kind() == ChangeKind.CLOSED));
        Subject admin = new Subject("admin", "admin", Role.ADMINISTRATOR, "shangluo", "商洛市", "/shangluo/");
        List<AuditEntry> latest = Services.get(AuditLog.class).latest(admin, 100);
        assertTrue(latest.stream().anyMatch(e -> AuditLog.CHANGE.equals(e.getAction()) && "cadre:DF0035".equals(e.getTarget())
                && e.getDetail().contains("df-huaping -> df-yuling")),
                "audited with old and new values");

        String afterSecond = dump();
        assertEquals(List.of(), load(workbook("v2"), true).changes());
        assertEquals(afterSecond, dump());

        JurisdictionCheck back = load(workbook("v1"), false);
        assertTrue(has(back, "df-huaping-05", ChangeKind.REOPENED, null, LocalDate.now().toString(), null));
        assertTrue(back.changes().stream().anyMatch(c -> c.code().equals("DF0060") && c.kind() == ChangeKind.REOPENED));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBrokenWorkbookNamesEveryBadRowAndWritesNothing(String kind) throws Exception {
        openEmptyCounty(kind);
        load(workbook("v1"), true);
        String before = dump();
        JurisdictionCheck r = load(workbook("broken"), true);
        assertFalse(r.ok());
        assertFalse(r.applied());
        assertTrue(r.changes().isEmpty());
        assertEquals(before, dump(), "nothing written");
        String v = JurisdictionWorkbook.VILLAGES, c = JurisdictionWorkbook.CADRES, p = JurisdictionWorkbook.POSTS;
        assertProblem(r, v, 8, "代码", "df-longjuzhai-05");           // duplicate code
        assertProblem(r, v, 13, "所属乡镇代码", "df-nowhere");           // missing parent
        assertProblem(r, c, 6, "职级", "厅级");                         // unknown rank
        assertProblem(r, c, 9, "任职日期", "2024-13-45");               // bad date
        assertProblem(r, c, 12, "姓名", null);                          // missing required cell
        assertProblem(r, p, 3, "编制数", "纪委书记");                    // over-filled post
        assertEquals(6, r.problems().size(), r.problems()::toString);
    }

    private static void assertProblem(JurisdictionCheck r, String sheet, int row, String column, String mentions) {
        assertTrue(r.problems().stream().anyMatch(x -> x.sheet().equals(sheet) && x.row() == row && column.equals(x.column())
                && (mentions == null || x.message().contains(mentions)) && !x.message().isBlank()),
                () -> sheet + " row " + row + " " + column + " not in " + r.problems());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMissingSheetOrHeaderIsOneClearError(String kind) throws Exception {
        openEmptyCounty(kind);
        List<XlsxWriter.Sheet> sheets = new ArrayList<>(sheets("v1"));
        sheets.removeIf(s -> s.name().equals(JurisdictionWorkbook.POSTS));
        JurisdictionCheck noSheet = load(write("nosheet", sheets), true);
        assertEquals(1, noSheet.problems().size(), noSheet.problems()::toString);
        assertEquals(JurisdictionWorkbook.POSTS, noSheet.problems().get(0).sheet());
        assertTrue(noSheet.problems().get(0).message().contains(JurisdictionWorkbook.POSTS));

        List<XlsxWriter.Sheet> renamed = new ArrayList<>();
        for (XlsxWriter.Sheet s : sheets("v1")) {
            UnaryOperator<List<Object>> header = row -> row.stream().map(x -> "职级".equals(x) ? (Object) "级别" : x).toList();
            List<List<Object>> rows = new ArrayList<>(s.rows());
            rows.set(0, header.apply(rows.get(0)));
            renamed.add(new XlsxWriter.Sheet(s.name(), rows));
        }
        JurisdictionCheck noHeader = load(write("noheader", renamed), true);
        assertEquals(List.of(new Problem(JurisdictionWorkbook.CADRES, 1, "职级", noHeader.problems().get(0).message())),
                noHeader.problems());
        assertEquals(0, orgs().stats(COUNTY_USER, COUNTY).townships());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyTheCountyCommissionInsideItsScopeMayChangeTheJurisdiction(String kind) throws Exception {
        openEmptyCounty(kind);
        load(workbook("v1"), true);
        Path file = workbook("v2");
        Subject township = new Subject("township", "t", Role.TOWNSHIP_COMMISSION, "df-yuling", "庾岭镇", "/shangluo/danfeng/df-yuling/");
        Subject readOnly = new Subject("viewer", "v", Role.READ_ONLY, COUNTY, "丹凤县", "/shangluo/danfeng/");
        Subject otherCounty = new Subject("luonan", "l", Role.COUNTY_COMMISSION, "luonan", "洛南县", "/shangluo/luonan/");
        String before = dump();
        for (Subject s : List.of(township, readOnly, otherCounty)) {
            assertThrows(AccessDeniedException.class, () -> service().importWorkbook(s, COUNTY, file, true), s.username());
            assertThrows(AccessDeniedException.class, () -> service().renameNode(s, "df-yuling-01", "x"), s.username());
            assertThrows(RuntimeException.class, () -> service().leave(s, "DF0004", null), s.username());
        }
        assertThrows(AccessDeniedException.class, () -> service().leave(township, "DF0004", null));
        assertEquals(before, dump());
        Subject admin = new Subject("admin", "a", Role.ADMINISTRATOR, "shangluo", "商洛市", "/shangluo/");
        assertTrue(service().importWorkbook(admin, COUNTY, file, false).ok(), "an administrator of the city may");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void handEditsAreKeptAsHistoryAndAudited(String kind) throws Exception {
        openEmptyCounty(kind);
        load(workbook("v1"), true);
        JurisdictionService j = service();
        j.addNode(COUNTY_USER, OrgLevel.VILLAGE, "df-dihua-09", "棣花新村", "df-dihua", null);
        assertEquals("/shangluo/danfeng/df-dihua/df-dihua-09/", orgs().find(COUNTY_USER, "df-dihua-09").orElseThrow().path());
        assertThrows(IllegalArgumentException.class,
                () -> j.addNode(COUNTY_USER, OrgLevel.VILLAGE, "df-dihua-09", "again", "df-dihua", null), "code taken");
        assertThrows(IllegalArgumentException.class,
                () -> j.addNode(COUNTY_USER, OrgLevel.VILLAGE, "bad code", "x", "df-dihua", null), "code form");
        assertThrows(IllegalArgumentException.class,
                () -> j.addNode(COUNTY_USER, OrgLevel.VILLAGE, "df-x", "x", "df-u01", null), "a village below a unit");
        j.renameNode(COUNTY_USER, "df-dihua-09", "棣花二村");
        j.moveNode(COUNTY_USER, "df-dihua-09", "df-shangzhen");
        assertEquals("/shangluo/danfeng/df-shangzhen/df-dihua-09/", orgs().find(COUNTY_USER, "df-dihua-09").orElseThrow().path());
        assertThrows(IllegalArgumentException.class, () -> j.closeNode(COUNTY_USER, "df-shangzhen", null), "open villages below");
        j.closeNode(COUNTY_USER, "df-dihua-09", LocalDate.of(2026, 6, 30));
        assertTrue(orgs().find(COUNTY_USER, "df-dihua-09").orElseThrow().closed());
        j.reopenNode(COUNTY_USER, "df-dihua-09");
        assertFalse(orgs().find(COUNTY_USER, "df-dihua-09").orElseThrow().closed());
        List<HistoryEntry> nodeHistory = j.history(COUNTY_USER, "df-dihua-09");
        assertEquals(List.of(ChangeKind.NEW, ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.CLOSED, ChangeKind.REOPENED),
                nodeHistory.stream().map(HistoryEntry::kind).toList());
        assertEquals("棣花新村", nodeHistory.get(1).oldValue());
        assertEquals("棣花二村", nodeHistory.get(1).newValue());
        assertEquals("df-dihua", nodeHistory.get(2).oldValue());
        assertEquals(LocalDate.of(2026, 6, 30), nodeHistory.get(3).effectiveOn());

        j.hire(COUNTY_USER, "DF0950", "吴新", "df-dihua-09", Rank.VILLAGE, CadreRole.VILLAGE_SUPERVISION_DIRECTOR, LocalDate.of(2026, 1, 1));
        assertTrue(orgs().cadre(COUNTY_USER, "DF0950").orElseThrow().active());
        OrgStats before = orgs().stats(COUNTY_USER, COUNTY);
        j.transfer(COUNTY_USER, "DF0005", "df-tumen", null); // Yuling's full-time cadre: their post becomes vacant
        assertEquals("df-tumen", orgs().cadre(COUNTY_USER, "DF0005").orElseThrow().orgCode());
        assertEquals(before.vacancies() + 1, orgs().stats(COUNTY_USER, COUNTY).vacancies());
        j.second(COUNTY_USER, "DF0950", "县委巡察办", LocalDate.now().minusMonths(4), "巡察");
        assertThrows(IllegalArgumentException.class, () -> j.second(COUNTY_USER, "DF0950", "别处", LocalDate.now(), null));
        assertTrue(orgs().cadre(COUNTY_USER, "DF0950").orElseThrow().seconded());
        j.returnFromSecondment(COUNTY_USER, "DF0950", LocalDate.now().minusDays(1));
        assertFalse(orgs().cadre(COUNTY_USER, "DF0950").orElseThrow().seconded());
        j.leave(COUNTY_USER, "DF0950", null);
        assertFalse(orgs().cadre(COUNTY_USER, "DF0950").orElseThrow().active());
        assertThrows(IllegalArgumentException.class, () -> j.transfer(COUNTY_USER, "DF0950", "df-tumen", null), "left");
        List<HistoryEntry> cadreHistory = j.history(COUNTY_USER, "DF0950");
        assertEquals(List.of(ChangeKind.NEW, ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.CLOSED),
                cadreHistory.stream().map(HistoryEntry::kind).toList());
        assertTrue(cadreHistory.get(2).newValue().contains(LocalDate.now().minusDays(1).toString()));

        long away = orgs().stats(COUNTY_USER, COUNTY).secondedLongTerm();
        j.second(COUNTY_USER, "DF0006", "县委巡察办", LocalDate.now().minusMonths(5), null);
        assertEquals(away + 1, orgs().stats(COUNTY_USER, COUNTY).secondedLongTerm());
        j.leave(COUNTY_USER, "DF0006", null);
        assertEquals(away, orgs().stats(COUNTY_USER, COUNTY).secondedLongTerm(), "who left is not away on secondment");
        List<HistoryEntry> left = j.history(COUNTY_USER, "DF0006");
        HistoryEntry ended = left.get(left.size() - 1);
        assertEquals("secondment", ended.field(), left::toString);
        assertTrue(ended.newValue().contains("–" + LocalDate.now()), "the secondment ends the day the cadre leaves");
        assertTrue(Services.get(AuditLog.class).verify().intact());
        Subject admin = new Subject("admin", "admin", Role.ADMINISTRATOR, "shangluo", "商洛市", "/shangluo/");
        assertTrue(Services.get(AuditLog.class).latest(admin, 20).stream()
                .anyMatch(e -> "org:df-dihua-09".equals(e.getTarget()) && e.getDetail().contains("棣花新村 -> 棣花二村")));
    }

    /** A workbook of about 1 000 rows (12 townships, 600 villages, 40 units, posts, 350 cadres), timed. */
    @ParameterizedTest
    @MethodSource("databases")
    void aThousandRowImportIsFast(String kind) throws Exception {
        openEmptyCounty(kind);
        List<List<Object>> t = new ArrayList<>(), v = new ArrayList<>(), u = new ArrayList<>(), p = new ArrayList<>(),
                c = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            t.add(List.of("t" + i, "乡镇" + i));
            p.add(List.of("t" + i, "专职纪检干部", 20));
            for (int k = 0; k < 50; k++) {
                v.add(List.of("t" + i + "-" + k, "村" + i + "-" + k, "t" + i));
            }
        }
        for (int i = 0; i < 40; i++) {
            u.add(List.of("u" + i, "单位" + i, "学校"));
        }
        for (int i = 0; i < 350; i++) {
            String org = i < 240 ? "t" + (i % 12) : "t" + (i % 12) + "-" + (i % 50);
            c.add(List.of("C" + i, "干部" + i, org, i < 240 ? "专职纪检干部" : "", "科员", "专职纪检监察干部", "2024-01-01",
                    i % 10 == 0 ? "县委巡察办" : "", i % 10 == 0 ? "2025-01-01" : "", "", ""));
        }
        List<XlsxWriter.Sheet> sheets = new ArrayList<>();
        Map<String, List<List<Object>>> data = Map.of(JurisdictionWorkbook.TOWNSHIPS, t, JurisdictionWorkbook.VILLAGES, v,
                JurisdictionWorkbook.UNITS, u, JurisdictionWorkbook.POSTS, p, JurisdictionWorkbook.CADRES, c);
        JurisdictionWorkbook.SHEETS.forEach((name, cols) -> {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(new ArrayList<>(cols.stream().map(JurisdictionWorkbook.Column::header).toList()));
            rows.add(new ArrayList<>(cols.stream().map(JurisdictionWorkbook.Column::explanation).toList()));
            rows.addAll(data.get(name));
            sheets.add(new XlsxWriter.Sheet(name, rows));
        });
        Path file = write("big", sheets);
        long t0 = System.nanoTime();
        JurisdictionCheck r = load(file, true);
        long applyMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(r.applied(), () -> r.problems().toString());
        assertEquals(1014, r.rows());
        t0 = System.nanoTime();
        assertEquals(List.of(), load(file, false).changes());
        long checkMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("jurisdiction import on %s: %d rows, %d changes applied in %d ms; re-check %d ms%n", kind,
                r.rows(), r.changes().size(), applyMs, checkMs);
        assertTrue(applyMs < 60_000, "1 000 rows in " + applyMs + " ms");
        assertEquals(600, orgs().stats(COUNTY_USER, COUNTY).villages());
    }
}
