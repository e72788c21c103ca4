package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.RectificationStage;
import org.junit.jupiter.api.Test;

/**
 * Who records findings and who reviews (销号) a rectification: the review found that a trainer could record a finding
 * and close an item naming {@code county} as its reviewer, and that the township being rectified could close its own
 * items with back-dated dates.
 */
class LedgerReviewTest extends LedgerDemoTest {

    /** A finding at a village of the demo township user's own township (danfeng-t01), found 40 days ago. */
    private LedgerEntry finding() {
        return finding("danfeng-t01-v002", 1, "三资管理", "集体资产出租未公开招标", today.minusDays(40), today.plusDays(20));
    }

    private LedgerEntry withEvidence(Subject who, LedgerEntry e, LocalDate on) throws Exception {
        return withEvidence(who, e, "proof-" + e.itemId() + ".txt", "整改报告 " + e.itemId(), on);
    }

    @Test
    void aTrainerRecordsNoFindingAndReadsNoLedger() throws Exception {
        Subject trainer = env.login("trainer");
        assertThrows(AccessDeniedException.class, () -> ledger.addFinding(trainer, "danfeng", term, 1, "danfeng-t02-v003", "三资管理",
                "培训专员记录的问题", today.minusDays(3), "村党支部书记", today.plusDays(30)), "a trainer records no finding");
        assertThrows(AccessDeniedException.class, () -> ledger.ledger(trainer, "danfeng", term, null, today), "nor reads the ledger");
        LedgerEntry e = finding();
        assertThrows(AccessDeniedException.class, () -> ledger.item(trainer, e.itemId()));
        assertThrows(AccessDeniedException.class, () -> ledger.history(trainer, e.findingId()));
        Subject township = env.login("township");
        assertThrows(AccessDeniedException.class, () -> ledger.addFinding(township, "danfeng", term, 1, "danfeng-t01-v003", "三资管理",
                "乡镇自己记录的问题", today.minusDays(3), "村党支部书记", today.plusDays(30)), "findings are the patrol's, not the township's");
    }

    @Test
    void aTrainerCannotCloseAnItemNamingTheCountyAsReviewer() throws Exception {
        LedgerEntry e = withEvidence(county, finding(), today.minusDays(5));
        Subject trainer = env.login("trainer");
        assertThrows(AccessDeniedException.class, () -> ledger.close(trainer, e.itemId(), e.itemVersion(), today));
        assertEquals(RectificationStage.IN_PROGRESS, ledger.item(county, e.itemId()).stage());
    }

    @Test
    void theTownshipBeingRectifiedGivesEvidenceButDoesNotCloseItsOwnItems() throws Exception {
        Subject township = env.login("township");
        LedgerEntry e = withEvidence(township, finding(), today.minusDays(5));
        assertEquals(RectificationStage.IN_PROGRESS, e.stage(), "the township hands in its evidence");
        assertThrows(AccessDeniedException.class, () -> ledger.close(township, e.itemId(), e.itemVersion(),
                today.minusDays(3)), "but does not close its own item");
        assertEquals(RectificationStage.IN_PROGRESS, ledger.item(county, e.itemId()).stage());
    }

    @Test
    void theReviewerIsTheCountyUserWhoCloses() throws Exception {
        LedgerEntry e = withEvidence(county, finding(), today.minusDays(5));
        LedgerEntry closed = ledger.close(county, e.itemId(), e.itemVersion(), today);
        assertEquals(RectificationStage.CLOSED, closed.stage());
        assertEquals("county", closed.reviewer(), "the reviewer is the authenticated user, not a typed name");
        LedgerEntry own = withEvidence(county, ledger.addFinding(county, "danfeng", term, 1, "danfeng-t02-v001", "三资管理", "问题",
                today.minusDays(9), county.displayName(), today.plusDays(20)), today.minusDays(2));
        assertThrows(IllegalArgumentException.class, () -> ledger.close(county, own.itemId(), own.itemVersion(), today),
                "the owner does not review their own rectification");
    }

    @Test
    void closingAndEvidenceDatesFollowTheItemsSteps() throws Exception {
        LedgerEntry e = finding();
        assertThrows(IllegalArgumentException.class, () -> withEvidence(county, e, today.minusDays(41)),
                "evidence dated before the finding");
        assertThrows(IllegalArgumentException.class, () -> withEvidence(county, e, today.plusDays(1)), "evidence dated tomorrow");
        LedgerEntry p = withEvidence(county, e, today.minusDays(10));
        for (LocalDate bad : List.of(today.minusDays(41), today.minusDays(11), today.plusDays(1))) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                    () -> ledger.close(county, p.itemId(), p.itemVersion(), bad), "closed on " + bad);
            assertTrue(x.getMessage().contains(String.valueOf(p.itemId())), x.getMessage());
        }
        LedgerEntry closed = ledger.close(county, p.itemId(), p.itemVersion(), today.minusDays(10));
        assertEquals(today.minusDays(10), closed.closedOn(), "the day of the last step is allowed");
        assertThrows(IllegalArgumentException.class, () -> withEvidence(county, closed, today),
                "a closed item takes no more evidence");
    }
}
