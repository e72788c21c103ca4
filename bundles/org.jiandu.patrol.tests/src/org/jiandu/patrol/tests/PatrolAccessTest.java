package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.Hashes;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may read patrol plans, teams and their members' relatives (only those who plan and carry out patrols), and the
 * audit entry every such read and every export leaves. On the Danfeng demo installation.
 */
class PatrolAccessTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private PatrolService patrol;
    private LedgerService ledger;
    private AuditLog audit;
    private String term;

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        patrol = env.await(PatrolService.class);
        ledger = env.await(LedgerService.class);
        audit = env.await(AuditLog.class);
        term = PatrolService.termContaining(LocalDate.now().getYear());
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void onlyThePlannersReadPlansTeamsAndRelatives() throws Exception {
        List<Assignment> plan = patrol.currentPlan(env.login("county"), "danfeng", term);
        assertFalse(plan.isEmpty());
        for (String user : List.of("trainer", "investigator", "viewer", "township")) {
            Subject s = env.login(user);
            assertThrows(AccessDeniedException.class, () -> patrol.problem(s, "danfeng", term), user + " reads teams and relatives");
            assertThrows(AccessDeniedException.class, () -> patrol.currentPlan(s, "danfeng", term), user + " reads the plan");
            assertThrows(AccessDeniedException.class, () -> patrol.term(s, "danfeng", term, 2), user + " reads the term");
            assertThrows(AccessDeniedException.class, () -> patrol.check(s, "danfeng", term, plan), user + " checks a plan");
            Path out = tmp.resolve(user + "-plan.xlsx");
            assertThrows(AccessDeniedException.class, () -> patrol.exportPlan(s, "danfeng", term, out), user + " exports the plan");
            assertFalse(Files.exists(out), "nothing written for " + user);
        }
        assertFalse(patrol.problem(env.login("admin"), "danfeng", term).teams().isEmpty(), "the administrator reads them");
    }

    @Test
    void everyReadOfAPlanAndEveryExportIsAudited() throws Exception {
        Subject county = env.login("county");
        Subject admin = env.login("admin");
        patrol.problem(county, "danfeng", term);
        assertTrue(has(admin, "county", AuditLog.READ, "patrol-plan:danfeng:" + term, "teams"), "reading teams and relatives");
        patrol.currentPlan(county, "danfeng", term);
        assertTrue(has(admin, "county", AuditLog.READ, "patrol-plan:danfeng:" + term, "assignments"), "reading the plan");

        Path xlsx = tmp.resolve("plan.xlsx");
        patrol.exportPlan(county, "danfeng", term, xlsx);
        String sha = Hashes.sha256(Files.readAllBytes(xlsx));
        assertTrue(has(admin, "county", AuditLog.EXPORT, "patrol-plan:danfeng:" + term, sha), "the plan export names the file's SHA-256");
        assertTrue(has(admin, "county", AuditLog.EXPORT, "patrol-plan:danfeng:" + term, xlsx.toAbsolutePath().toString()),
                "and the file");

        Path pdf = tmp.resolve("ledger.pdf");
        ledger.export(county, "danfeng", term, LocalDate.now(), pdf);
        assertTrue(has(admin, "county", AuditLog.EXPORT, "patrol-ledger:danfeng:" + term, Hashes.sha256(Files.readAllBytes(pdf))),
                "the ledger export names the file's SHA-256");
    }

    private boolean has(Subject admin, String actor, String action, String target, String inDetail) {
        for (AuditEntry e : audit.latest(admin, 30)) {
            if (e.getActor().equals(actor) && e.getAction().equals(action) && e.getTarget().equals(target)
                    && e.getDetail() != null && e.getDetail().contains(inDetail)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theDemoUsersRolesAreWhatTheTestsAssume() throws Exception {
        assertEquals("TRAINER", env.login("trainer").role().name());
        assertEquals("TOWNSHIP_COMMISSION", env.login("township").role().name());
    }
}
