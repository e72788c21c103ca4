package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.CadreView;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads of cadre records and user lists leave an audit entry; a trainer does not edit cadres. */
class ConfidentialReadsTest {

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

    private Subject open(String kind, String user) throws Exception {
        Services.get(DatabaseManager.class).open(TestDatabases.fresh(kind, dir));
        Services.get(DemoDataService.class).load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray());
        return Services.get(UserService.class).authenticate(user,
                ("admin".equals(user) ? "admin-pass-1" : DemoDataService.DEMO_PASSWORD).toCharArray());
    }

    private static List<AuditEntry> reads(Subject admin, String targetPrefix) {
        return Services.get(AuditLog.class).list(admin, new AuditLog.Filter(null, AuditLog.READ, targetPrefix, null, null),
                50);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readingCadreRecordsIsAudited(String kind) throws Exception {
        Subject county = open(kind, "county");
        Subject admin = Services.get(UserService.class).authenticate("admin", "admin-pass-1".toCharArray());
        List<CadreView> cadres = Services.get(OrgService.class).cadres(county, "danfeng-t01", 20);
        assertFalse(cadres.isEmpty());
        Services.get(OrgService.class).cadre(county, cadres.get(0).code());
        List<AuditEntry> entries = reads(admin, "cadre");
        assertEquals(2, entries.size(), "the list and the single record: " + entries);
        assertTrue(entries.stream().allMatch(e -> "county".equals(e.getActor())));
        assertEquals("cadres:danfeng-t01", entries.get(1).getTarget());
        assertEquals("cadre:" + cadres.get(0).code(), entries.get(0).getTarget());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readingTheUserListIsAuditedAndForAdministratorsOnly(String kind) throws Exception {
        Subject admin = open(kind, "admin");
        assertEquals(6, Services.get(UserService.class).listUsers(admin).size());
        assertEquals(1, reads(admin, "users").size());
        Subject county = Services.get(UserService.class).authenticate("county", DemoDataService.DEMO_PASSWORD.toCharArray());
        assertThrows(AccessDeniedException.class, () -> Services.get(UserService.class).listUsers(county));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTrainerDoesNotEditCadres(String kind) throws Exception {
        Subject trainer = open(kind, "trainer");
        Subject admin = Services.get(UserService.class).authenticate("admin", "admin-pass-1".toCharArray());
        CadreView c = Services.get(OrgService.class).cadres(admin, "danfeng-t01", 1).get(0);
        assertThrows(AccessDeniedException.class, () -> Services.get(OrgService.class).updateCadre(trainer, c.id(),
                c.version(), "改名", c.rank(), c.role()));
        assertEquals(c.name(), Services.get(OrgService.class).cadre(admin, c.code()).orElseThrow().name());
    }
}
