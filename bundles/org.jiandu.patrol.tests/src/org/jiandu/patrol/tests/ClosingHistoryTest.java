package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiandu.core.security.Subject;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.RectificationStage;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing (销号) an overdue item keeps what it was: the ledger and the history say it was closed after its deadline. */
class ClosingHistoryTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private LedgerService ledger;
    private Subject county;
    private String term;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        ledger = env.await(LedgerService.class);
        county = env.login("county");
        term = PatrolService.termContaining(today.getYear());
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private LedgerEntry closed(String target, LocalDate deadline, LocalDate closedOn) throws Exception {
        LedgerEntry e = ledger.addFinding(county, "danfeng", term, 1, target, "三资管理", "村集体资金使用未经民主决策程序",
                today.minusDays(60), "村党支部书记", deadline);
        Path proof = Files.writeString(tmp.resolve(target + ".txt"), "已召开村民代表会议补办程序");
        LedgerEntry p = ledger.attachEvidence(county, e.itemId(), e.itemVersion(), proof, closedOn.minusDays(1));
        return ledger.close(county, e.itemId(), p.itemVersion(), closedOn);
    }

    private LedgerEntry row(long itemId) {
        return ledger.ledger(county, "danfeng", term, null, today).stream().filter(x -> x.itemId() == itemId).findFirst().orElseThrow();
    }

    @Test
    void anItemClosedAfterItsDeadlineStaysMarkedInTheLedgerAndItsHistory() throws Exception {
        LedgerEntry late = closed("danfeng-t05-v001", today.minusDays(20), today.minusDays(2));
        assertEquals(RectificationStage.CLOSED, late.stage());
        assertEquals(county.username(), late.reviewer(), "the reviewer is the user who closed it");
        LedgerEntry r = row(late.itemId());
        assertEquals(Set.of(LedgerFlag.CLOSED_OVERDUE), r.flags(), "overdue when closed: the flag does not vanish");
        assertFalse(r.paperOnly(), "late is not paper-only");
        List<LedgerEntry> history = ledger.history(county, late.findingId());
        assertTrue(history.get(history.size() - 1).flags().contains(LedgerFlag.CLOSED_OVERDUE), history.toString());
        assertEquals(today.minusDays(2), history.get(history.size() - 1).closedOn());
    }

    @Test
    void anItemClosedInTimeIsNotMarked() throws Exception {
        LedgerEntry inTime = closed("danfeng-t05-v002", today.plusDays(20), today.minusDays(2));
        assertTrue(row(inTime.itemId()).flags().isEmpty());
        assertTrue(ledger.history(county, inTime.findingId()).stream().allMatch(h -> h.flags().isEmpty()));
    }
}
