package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.jiandu.core.CadreView;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.TownshipStaffing;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.Rank;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Persistence, migration, audit, login and scope against real databases: H2 always, PostgreSQL when configured. */
class PersistenceTest {

    private static final CountyProfile DANFENG = CountyProfile.require("danfeng");

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    private DatabaseConfig openWithDemo(String kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, dir);
        Services.get(DatabaseManager.class).open(config);
        Services.get(DemoDataService.class).load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray());
        return config;
    }

    private static Subject login(String user, String password) throws AuthenticationException {
        return Services.get(UserService.class).authenticate(user, password.toCharArray());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void servicesAppearOnlyWithAnOpenDatabase(String kind) throws Exception {
        assertNull(Services.tryGet(Database.class, 200), "no database before open");
        assertNull(Services.tryGet(OrgService.class, 200), "no OrgService before open");
        Services.get(DatabaseManager.class).open(TestDatabases.fresh(kind, dir));
        assertNotNull(Services.get(Database.class));
        assertNotNull(Services.get(OrgService.class));
        assertNotNull(Services.get(UserService.class));
        assertNotNull(Services.get(AuditLog.class));
        assertTrue(Services.get(DemoDataService.class).isEmpty());
        Services.get(DatabaseManager.class).close();
        assertNull(Services.tryGet(OrgService.class, 200), "OrgService gone after close");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void demoDataSurvivesARestartAndMigrationIsIdempotent(String kind) throws Exception {
        DatabaseConfig config = openWithDemo(kind);
        Subject admin = login("admin", "admin-pass-1");
        OrgStats before = Services.get(OrgService.class).stats(admin, "danfeng");
        assertEquals(1, before.counties());
        assertEquals(12, before.townships());
        assertEquals(157, before.villages());
        assertEquals(36, before.authorizedPosts());
        assertTrue(before.units() > 40);

        Services.get(DatabaseManager.class).close();
        Services.get(DatabaseManager.class).open(config); // runs the migrations again: nothing to do
        OrgStats after = Services.get(OrgService.class).stats(login("admin", "admin-pass-1"), "danfeng");
        assertEquals(before, after);
        assertFalse(Services.get(DemoDataService.class).isEmpty());
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> Services
                .get(DemoDataService.class).load(List.of(DANFENG), DANFENG, "x-password".toCharArray()));
        assertTrue(again.getMessage().contains("already holds"), again.getMessage());
        assertEquals(before, Services.get(OrgService.class).stats(admin, "danfeng"), "refused load changed nothing");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrationCreatesTheVersionedSchema(String kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, dir);
        Services.get(DatabaseManager.class).open(config);
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select ID from DATABASECHANGELOG order by ORDEREXECUTED")) {
            assertTrue(rs.next());
            assertEquals("001-jurisdiction", rs.getString(1));
            assertTrue(rs.next());
            assertEquals("002-users-and-audit", rs.getString(1));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void loginsAreAuditedAndWrongPasswordsRefused(String kind) throws Exception {
        openWithDemo(kind);
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> login("admin", "wrong"));
        assertEquals("Wrong user name or password.", e.getMessage());
        assertThrows(AuthenticationException.class, () -> login("nobody", "wrong"));
        Subject admin = login("admin", "admin-pass-1");
        List<AuditEntry> latest = Services.get(AuditLog.class).latest(admin, 10);
        assertEquals(AuditLog.LOGIN, latest.get(0).getAction());
        assertEquals(AuditLog.LOGIN_FAILED, latest.get(1).getAction());
        assertEquals("nobody", latest.get(1).getActor());
        assertEquals(AuditLog.LOGIN_FAILED, latest.get(2).getAction());
        for (AuditEntry a : latest) {
            assertFalse(String.valueOf(a.getDetail()).contains("wrong") && a.getDetail().contains("admin-pass"),
                    "no password in the log");
            assertFalse(String.valueOf(a.getDetail()).contains("admin-pass-1"));
        }
        assertThrows(AccessDeniedException.class,
                () -> Services.get(AuditLog.class).latest(login("county", DemoDataService.DEMO_PASSWORD), 10));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void auditChainDetectsAnEditedAndARemovedRow(String kind) throws Exception {
        DatabaseConfig config = openWithDemo(kind);
        AuditLog log = Services.get(AuditLog.class);
        for (int i = 0; i < 5; i++) {
            log.append("tester", AuditLog.EXPORT, "file-" + i, "导出 " + i);
        }
        AuditLog.VerifyResult ok = log.verify();
        assertTrue(ok.intact(), String.valueOf(ok.problem()));
        assertEquals(6, ok.entries());

        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            s.executeUpdate("update AUDIT_ENTRY set DETAIL = '导出 99' where SEQ = 3");
        }
        AuditLog.VerifyResult edited = log.verify();
        assertFalse(edited.intact());
        assertEquals(3, edited.firstBadSeq());
        assertTrue(edited.problem().contains("modified"), edited.problem());

        try (Connection c = TestDatabases.tamper(config); Statement s = c.createStatement()) {
            s.executeUpdate("update AUDIT_ENTRY set DETAIL = '导出 1' where SEQ = 3");
            assertTrue(log.verify().intact(), "restored row verifies again");
            s.executeUpdate("delete from AUDIT_ENTRY where SEQ = 6");
        }
        AuditLog.VerifyResult truncated = log.verify();
        assertFalse(truncated.intact());
        assertEquals(6, truncated.firstBadSeq());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scopeLimitsWhatATownshipUserSees(String kind) throws Exception {
        openWithDemo(kind);
        OrgService orgs = Services.get(OrgService.class);
        Subject township = login("township", DemoDataService.DEMO_PASSWORD);
        assertEquals(Role.TOWNSHIP_COMMISSION, township.role());
        OrgStats own = orgs.stats(township, "danfeng");
        assertEquals(1, own.townships(), "asking for the county shows only the user's township");
        assertEquals(0, own.counties());
        assertTrue(orgs.find(township, "danfeng-t02").isEmpty());
        assertThrows(AccessDeniedException.class, () -> orgs.children(township, "danfeng-t02"));
        assertThrows(AccessDeniedException.class, () -> orgs.cadres(township, "danfeng-t02", 10));
        assertTrue(orgs.search(township, "村", 500).stream().allMatch(n -> n.code().startsWith("danfeng-t01")));
        OrgNodeView root = orgs.root(township);
        assertEquals("danfeng-t01", root.code());

        Subject county = login("county", DemoDataService.DEMO_PASSWORD);
        assertEquals(12, orgs.children(county, "danfeng").stream()
                .filter(n -> n.level() == org.jiandu.core.model.OrgLevel.TOWNSHIP).count());
        List<TownshipStaffing> staffing = orgs.staffing(county, "danfeng");
        assertEquals(12, staffing.size());
        assertEquals(36, staffing.stream().mapToInt(TownshipStaffing::authorizedPosts).sum());
        assertEquals(orgs.stats(county, "danfeng").vacancies(),
                staffing.stream().mapToInt(TownshipStaffing::vacancies).sum());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentEditsOfACadreAreRefused(String kind) throws Exception {
        openWithDemo(kind);
        OrgService orgs = Services.get(OrgService.class);
        Subject county = login("county", DemoDataService.DEMO_PASSWORD);
        CadreView c = orgs.cadres(county, "danfeng-t03", 5).get(0);
        CadreView first = orgs.updateCadre(county, c.id(), c.version(), c.name() + "甲", Rank.SECTION, c.role());
        assertTrue(first.version() > c.version());
        StaleDataException stale = assertThrows(StaleDataException.class,
                () -> orgs.updateCadre(county, c.id(), c.version(), c.name() + "乙", Rank.STAFF, c.role()));
        assertTrue(stale.getMessage().contains("Someone else changed"), stale.getMessage());
        assertEquals(c.name() + "甲", orgs.cadres(county, "danfeng-t03", 5).get(0).name());

        Subject viewer = login("viewer", DemoDataService.DEMO_PASSWORD);
        assertThrows(AccessDeniedException.class,
                () -> orgs.updateCadre(viewer, c.id(), first.version(), "x", Rank.SECTION, c.role()));
        Subject admin = login("admin", "admin-pass-1");
        assertEquals(AuditLog.CHANGE, Services.get(AuditLog.class).latest(admin, 5).stream()
                .filter(a -> ("cadre:" + c.code()).equals(a.getTarget())).findFirst().orElseThrow().getAction());
    }

    @org.junit.jupiter.api.Test
    void aDamagedDatabaseFileIsReportedAndLeftAsItWas() throws Exception {
        DatabaseConfig config = TestDatabases.fresh("h2", dir);
        Services.get(DatabaseManager.class).open(config);
        Services.get(DatabaseManager.class).close();
        Path file = dir.resolve("db").resolve("jiandu.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 0x5a);
        Files.write(file, bytes);
        org.jiandu.persistence.DatabaseException e = assertThrows(org.jiandu.persistence.DatabaseException.class,
                () -> Services.get(DatabaseManager.class).open(config));
        assertTrue(e.getMessage().contains(file.getParent().toString()), e.getMessage());
        assertNull(Services.tryGet(OrgService.class, 200), "no services on a database that failed to open");
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(file)), "the file is not touched");
    }

    @org.junit.jupiter.api.Test
    void aWrongDatabasePasswordIsReportedWithoutTheSecret() throws Exception {
        DatabaseConfig good = TestDatabases.fresh("h2", dir);
        Services.get(DatabaseManager.class).open(good);
        Services.get(DatabaseManager.class).close();
        DatabaseConfig wrong = new DatabaseConfig(good.url(), "sa", "s3cret-wrong");
        org.jiandu.persistence.DatabaseException e = assertThrows(org.jiandu.persistence.DatabaseException.class,
                () -> Services.get(DatabaseManager.class).open(wrong));
        assertTrue(e.getMessage().contains("refused the user name or password"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-wrong"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void usersAreAddedByAdministratorsOnly(String kind) throws Exception {
        openWithDemo(kind);
        UserService users = Services.get(UserService.class);
        Subject admin = login("admin", "admin-pass-1");
        String oneTime = users.addUser(admin, "wang.li", "王立", Role.INVESTIGATOR, "danfeng-t05");
        users.changePassword("wang.li", oneTime.toCharArray(), "long-enough-pw-7".toCharArray());
        Subject wang = login("wang.li", "long-enough-pw-7");
        assertEquals("danfeng-t05", wang.scopeCode());
        assertThrows(IllegalArgumentException.class,
                () -> users.addUser(admin, "wang.li", "x", Role.READ_ONLY, "danfeng"));
        assertThrows(AccessDeniedException.class,
                () -> users.addUser(wang, "other", "x", Role.READ_ONLY, "danfeng-t05"));
        assertEquals(7, users.listUsers(admin).size());
    }
}
