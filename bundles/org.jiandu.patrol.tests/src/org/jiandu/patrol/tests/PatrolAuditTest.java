package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.RectificationStage;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Round;
import org.jiandu.persistence.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A patrol or ledger change and its audit entry commit together: when the entry cannot be written, the change is not
 * there either (the review found module changes audited in a separate transaction after the commit).
 */
class PatrolAuditTest extends LedgerDemoTest {

    private PatrolService patrol;

    @BeforeEach
    void awaitPatrol() {
        patrol = env.await(PatrolService.class);
    }

    /**
     * Runs a change while the audit chain's head row is moved aside (its id changed), so the change's audit entry cannot
     * be written; then puts it back.
     */
    private void withoutAuditHead(String what, Runnable change) {
        Database db = env.await(Database.class);
        assertEquals(1, sql(db, "update AUDIT_HEAD set ID = 2 where ID = 1"));
        try {
            assertThrows(RuntimeException.class, change::run, what + ": its audit entry cannot be written");
        } finally {
            sql(db, "update AUDIT_HEAD set ID = 1 where ID = 2");
        }
    }

    /** Tampers as someone with the database's password would: straight through JDBC, beside the services. */
    private static int sql(Database db, String update) {
        return db.tx(em -> {
            try (Statement s = em.unwrap(Connection.class).createStatement()) {
                return s.executeUpdate(update);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aLedgerChangeWithoutItsAuditEntryIsNotSaved() throws Exception {
        withoutAuditHead("a finding", () -> ledger.addFinding(county, "danfeng", term, 1, "danfeng-t02-v003", "三资管理",
                "未审计的问题记录", today.minusDays(5), "村党支部书记", today.plusDays(30)));
        assertTrue(ledger.ledger(county, "danfeng", term, null, today).stream().noneMatch(e -> e.description().equals("未审计的问题记录")),
                "the finding was saved without its audit entry");

        LedgerEntry e = ledger.addFinding(county, "danfeng", term, 1, "danfeng-t02-v003", "三资管理", "集体资产出租未公开招标",
                today.minusDays(5), "村党支部书记", today.plusDays(30));
        Path proof = Files.writeString(tmp.resolve("整改报告.txt"), "整改报告");
        withoutAuditHead("evidence", () -> {
            try {
                ledger.attachEvidence(county, e.itemId(), e.itemVersion(), proof, today);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        assertEquals(RectificationStage.ASSIGNED, ledger.item(county, e.itemId()).stage(), "evidence saved without its audit entry");

        LedgerEntry p = ledger.attachEvidence(county, e.itemId(), e.itemVersion(), proof, today);
        withoutAuditHead("closing", () -> ledger.close(county, p.itemId(), p.itemVersion(), today));
        assertEquals(RectificationStage.IN_PROGRESS, ledger.item(county, e.itemId()).stage(), "closed without its audit entry");
        withoutAuditHead("a correction", () -> ledger.correctFinding(county, p.findingId(), null, "更正后的描述", "更正"));
        assertEquals(1, ledger.item(county, e.itemId()).revision(), "corrected without its audit entry");
        assertTrue(env.await(AuditLog.class).verify().intact());
    }

    @Test
    void aPlanChangeWithoutItsAuditEntryIsNotSaved() {
        List<Assignment> before = patrol.currentPlan(county, "danfeng", term);
        List<Assignment> byHand = new ArrayList<>(before);
        Assignment unit = byHand.stream().filter(a -> a.target().contains("-u") && a.round() > 2 && a.round() < 10).findFirst()
                .orElseThrow();
        byHand.remove(unit);
        Assignment there = new Assignment(10, unit.team(), unit.target(), unit.mode());
        byHand.add(there);
        withoutAuditHead("a plan edited by hand", () -> patrol.savePlan(county, "danfeng", term, byHand));
        assertFalse(patrol.currentPlan(county, "danfeng", term).contains(there), "the plan was saved without its audit entry");

        withoutAuditHead("a new plan", () -> patrol.plan(county, "danfeng", term, 77, 500));
        assertEquals(before, patrol.currentPlan(county, "danfeng", term), "replanned without its audit entry");

        Round open = patrol.term(county, "danfeng", term, 2).rounds().stream().filter(r -> !r.completed()).findFirst().orElseThrow();
        withoutAuditHead("a completed round", () -> patrol.completeRound(county, "danfeng", term, open.number()));
        assertFalse(patrol.term(county, "danfeng", term, 2).rounds().get(open.number() - 1).completed(),
                "the round was completed without its audit entry");
        assertTrue(env.await(AuditLog.class).verify().intact());
    }
}
