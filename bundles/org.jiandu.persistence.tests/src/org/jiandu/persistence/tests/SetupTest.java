package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.SetupService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserAccount;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A real installation is set up, not generated: its own administrator, no demo accounts, demo data only when asked. */
class SetupTest {

    private static final CountyProfile DANFENG = CountyProfile.require("danfeng");
    private static final String GOOD = "Lz7-qiao-bridge-river";

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    private SetupService open(String kind) throws Exception {
        Services.get(DatabaseManager.class).open(TestDatabases.fresh(kind, dir));
        return Services.get(SetupService.class);
    }

    private static OrgStats stats() {
        return Services.get(OrgService.class).stats(Subject.system("/"), null);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewDatabaseIsNotSetUpAndSetupMakesARealInstallationWithoutDemoAccounts(String kind) throws Exception {
        SetupService setup = open(kind);
        assertEquals(SetupService.State.NOT_SET_UP, setup.state());
        assertNull(setup.countyId());

        Subject admin = setup.setUp(DANFENG, "wang.li", "王莉", GOOD.toCharArray());
        assertEquals(SetupService.State.REAL, setup.state());
        assertEquals("danfeng", setup.countyId());
        assertEquals(Role.ADMINISTRATOR, admin.role());
        assertEquals("danfeng", admin.scopeCode(), "a county's administrator is scoped to the county");

        OrgStats s = stats();
        assertEquals(1, s.counties());
        assertEquals(0, s.townships(), "the jurisdiction comes from the county's own workbook, not from a generator");
        assertEquals(0, s.cadres());

        UserService users = Services.get(UserService.class);
        Subject again = users.authenticate("wang.li", GOOD.toCharArray());
        assertEquals("王莉", again.displayName());
        assertEquals(List.of("wang.li"), users.listUsers(again).stream().map(UserAccount::username).toList());
        for (String demoUser : DemoDataService.DEMO_USERS) {
            assertThrows(AuthenticationException.class,
                    () -> users.authenticate(demoUser, DemoDataService.DEMO_PASSWORD.toCharArray()),
                    demoUser + " must not exist with the public password");
        }
        assertTrue(Services.get(AuditLog.class).latest(again, 20).stream()
                .anyMatch(e -> "installation".equals(e.getTarget()) && e.getDetail().contains("danfeng")), "setup is audited");
        assertTrue(Services.get(AuditLog.class).verify().intact());
    }

    /** The path a county takes: setup, then its own workbook, imported by the administrator setup created. */
    @ParameterizedTest
    @MethodSource("databases")
    void theAdministratorOfANewInstallationImportsTheCountysOwnJurisdiction(String kind) throws Exception {
        Subject admin = open(kind).setUp(DANFENG, "wang.li", null, GOOD.toCharArray());
        Path workbook = dir.resolve("danfeng.xlsx");
        XlsxWriter.write(workbook, JurisdictionTest.sheets("v1"));
        JurisdictionCheck check = Services.get(JurisdictionService.class).importWorkbook(admin, "danfeng", workbook, true);
        assertTrue(check.ok(), check.problems().toString());
        assertTrue(check.applied());
        OrgStats s = Services.get(OrgService.class).stats(admin, null);
        assertEquals(12, s.townships());
        assertEquals(96, s.villages());
        assertTrue(s.cadres() > 50, "cadres: " + s.cadres());
        assertEquals(SetupService.State.REAL, Services.get(SetupService.class).state());
        assertTrue(Services.get(AuditLog.class).verify().intact());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefusedSetupWritesNothing(String kind) throws Exception {
        SetupService setup = open(kind);
        IllegalArgumentException shortPw = assertThrows(IllegalArgumentException.class,
                () -> setup.setUp(DANFENG, "wang.li", null, "short-pw".toCharArray()));
        assertTrue(shortPw.getMessage().contains("12"), shortPw.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> setup.setUp(DANFENG, "wang.li", null, "wang.li-and-more-text".toCharArray()), "password holding the name");
        assertThrows(IllegalArgumentException.class,
                () -> setup.setUp(DANFENG, "王 莉", null, GOOD.toCharArray()), "user name the CLI cannot carry");
        assertEquals(SetupService.State.NOT_SET_UP, setup.state());
        assertEquals(0, stats().counties(), "nothing written");
        assertTrue(Services.get(UserService.class).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void setupAndDemoDataOnlyGoIntoAnEmptyDatabase(String kind) throws Exception {
        SetupService setup = open(kind);
        setup.setUp(DANFENG, "wang.li", null, GOOD.toCharArray());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> setup.setUp(DANFENG, "other", null, GOOD.toCharArray()));
        assertTrue(twice.getMessage().contains("already holds"), twice.getMessage());
        assertThrows(IllegalStateException.class, () -> Services.get(DemoDataService.class)
                .load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray()), "no demo accounts in a real installation");
        assertEquals(SetupService.State.REAL, setup.state());
        assertEquals(0, stats().townships());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void demoDataMakesADemoInstallationThatCannotBeSetUpAfterwards(String kind) throws Exception {
        SetupService setup = open(kind);
        Services.get(DemoDataService.class).load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray());
        assertEquals(SetupService.State.DEMO, setup.state());
        assertEquals("danfeng", setup.countyId());
        assertThrows(IllegalStateException.class, () -> setup.setUp(DANFENG, "wang.li", null, GOOD.toCharArray()));
    }

    /** A database from before setup existed holds demo data, and is marked so when it is migrated. */
    @ParameterizedTest
    @MethodSource("databases")
    void anInstallationFromBeforeSetupIsMarkedAsDemoByTheMigration(String kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, dir);
        Services.get(DatabaseManager.class).open(config);
        Services.get(DemoDataService.class).load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray());
        Services.get(DatabaseManager.class).close();
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement()) {
            // back to the schema of the earlier release
            s.execute("DROP TABLE INSTALLATION");
            s.execute("DELETE FROM DATABASECHANGELOG WHERE ID = '003-installation'");
            s.execute("DROP TABLE JIANDU_CHANGELOG_DIGEST"); // the earlier release did not record its changelogs' text
        }
        Services.get(DatabaseManager.class).open(config);
        assertEquals(SetupService.State.DEMO, Services.get(SetupService.class).state());

        DatabaseConfig empty = TestDatabases.fresh(kind, dir.resolve("second"));
        Services.get(DatabaseManager.class).open(empty);
        assertEquals(SetupService.State.NOT_SET_UP, Services.get(SetupService.class).state(),
                "an empty database stays not set up");
    }
}
