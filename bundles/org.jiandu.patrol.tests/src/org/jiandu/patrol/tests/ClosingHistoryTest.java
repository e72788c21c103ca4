package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.RectificationStage;
import org.junit.jupiter.api.Test;

/** Closing (销号) an overdue item keeps what it was: the ledger and the history say it was closed after its deadline. */
class ClosingHistoryTest extends LedgerDemoTest {

    private LedgerEntry closed(String target, LocalDate deadline, LocalDate closedOn) throws Exception {
        LedgerEntry e = finding(target, 1, "三资管理", "村集体资金使用未经民主决策程序", today.minusDays(60), deadline);
        LedgerEntry p = withEvidence(county, e, target + ".txt", "已召开村民代表会议补办程序", closedOn.minusDays(1));
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
