package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.RectificationStage;
import org.junit.jupiter.api.Test;

/** The rectification ledger on a real H2 database: corrections as new entries, closing rules, the flags. */
class LedgerTest extends LedgerDemoTest {

    private LedgerEntry finding(String target, int round, String category, LocalDate found, LocalDate deadline) {
        return finding(target, round, category, "村集体资金使用未经民主决策程序", found, deadline);
    }

    @Test
    void theDemoLedgerShowsOverdueAndEveryKindOfPaperOnlyRectification() {
        var rounds = env.await(PatrolService.class).term(county, "danfeng", term, 2).rounds();
        org.junit.jupiter.api.Assumptions.assumeTrue(rounds.get(1).completed() && rounds.get(0).end().plusDays(62).isBefore(today),
                "the demo term has two finished rounds with deadlines passed");
        List<LedgerEntry> all = ledger.ledger(county, "danfeng", term, null, today);
        Set<LedgerFlag> seen = EnumSet.noneOf(LedgerFlag.class);
        all.forEach(e -> seen.addAll(e.flags()));
        assertEquals(EnumSet.allOf(LedgerFlag.class), seen, all.size() + " demo items");
        assertTrue(all.stream().anyMatch(e -> e.stage() == RectificationStage.CLOSED && e.flags().isEmpty()), "and properly closed items");

        Path xlsx = tmp.resolve("ledger.xlsx"), pdf = tmp.resolve("ledger.pdf");
        try {
            ledger.export(county, "danfeng", term, today, xlsx);
            ledger.export(county, "danfeng", term, today, pdf);
            assertEquals(all.size() + 1, org.jiandu.core.office.XlsxReader.firstSheetRows(xlsx).size(), "a header and a row per item");
            assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void closingNeedsEvidenceAndAReviewerWhoIsNotTheOwner() throws Exception {
        LedgerEntry e = finding("danfeng-t02-v003", 1, "三资管理", today.minusDays(40), today.plusDays(20));
        assertEquals(RectificationStage.ASSIGNED, e.stage());
        IllegalArgumentException noEvidence = assertThrows(IllegalArgumentException.class,
                () -> ledger.close(county, e.itemId(), e.itemVersion(), today));
        assertTrue(noEvidence.getMessage().contains(String.valueOf(e.itemId())), noEvidence.getMessage());
        Path proof = Files.writeString(tmp.resolve("整改报告.txt"), "已召开村民代表会议补办程序");
        LedgerEntry withProof = ledger.attachEvidence(county, e.itemId(), e.itemVersion(), proof, today.minusDays(2));
        assertEquals(RectificationStage.IN_PROGRESS, withProof.stage());
        assertTrue(Files.isRegularFile(env.dir().files().resolve("evidence").resolve(withProof.evidenceSha())));
        assertThrows(StaleDataException.class, () -> ledger.close(county, e.itemId(), e.itemVersion(), today),
                "an old version is refused");
        LedgerEntry closed = ledger.close(county, e.itemId(), withProof.itemVersion(), today.minusDays(1));
        assertEquals(RectificationStage.CLOSED, closed.stage());
        assertTrue(ledger.ledger(county, "danfeng", term, null, today).stream().filter(x -> x.itemId() == e.itemId())
                .allMatch(x -> x.flags().isEmpty()), "closed with evidence before closing: no flag");
        assertThrows(AccessDeniedException.class, () -> ledger.close(env.await(UserService.class).authenticate("viewer",
                DemoDataService.DEMO_PASSWORD.toCharArray()), e.itemId(), closed.itemVersion(), today));
    }

    @Test
    void overdueAndPaperOnlyRectificationAreFlagged() throws Exception {
        LedgerEntry late = finding("danfeng-t03-v002", 1, "惠农资金", today.minusDays(100), today.minusDays(10));
        LedgerEntry backdated = finding("danfeng-t03-v004", 1, "村务公开", today.minusDays(100), today.plusDays(30));
        Path proof = Files.writeString(tmp.resolve("补充材料.txt"), "事后补交的会议记录");
        LedgerEntry p = ledger.attachEvidence(county, backdated.itemId(), backdated.itemVersion(), proof, today.minusDays(20));
        assertThrows(IllegalArgumentException.class, () -> ledger.close(county, backdated.itemId(), p.itemVersion(), today.minusDays(30)),
                "closing dated before the evidence is refused (the demo's old-ledger rows still show that flag)");
        LedgerEntry c = ledger.close(county, backdated.itemId(), p.itemVersion(), today.minusDays(20));
        assertEquals(RectificationStage.CLOSED, c.stage());
        LedgerEntry again = finding("danfeng-t03-v004", 3, "村务公开", today.minusDays(5), today.plusDays(60));

        List<LedgerEntry> all = ledger.ledger(county, "danfeng", term, null, today);
        LedgerEntry l = all.stream().filter(x -> x.itemId() == late.itemId()).findFirst().orElseThrow();
        assertEquals(Set.of(LedgerFlag.OVERDUE), l.flags());
        LedgerEntry b = all.stream().filter(x -> x.itemId() == backdated.itemId()).findFirst().orElseThrow();
        assertEquals(Set.of(LedgerFlag.FOUND_AGAIN), b.flags(), "纸面整改: found again after closing");
        assertTrue(b.paperOnly());
        assertFalse(all.stream().filter(x -> x.itemId() == again.itemId()).findFirst().orElseThrow().paperOnly());
        assertTrue(ledger.ledger(county, "danfeng", term, LedgerFlag.FOUND_AGAIN, today).stream()
                .anyMatch(x -> x.itemId() == backdated.itemId()));
        assertTrue(ledger.ledger(county, "danfeng", term, LedgerFlag.OVERDUE, today.minusDays(20)).stream()
                .noneMatch(x -> x.itemId() == late.itemId()), "as of a day before the deadline it was not overdue");
    }

    @Test
    void aSavedFindingIsCorrectedByANewEntryAndTheOldOneStays() throws Exception {
        LedgerEntry e = finding("danfeng-t04-v001", 2, "工程项目", today.minusDays(10), today.plusDays(50));
        LedgerEntry fixed = ledger.correctFinding(county, e.findingId(), "工程项目", "村道硬化工程未履行招投标程序", "问题描述更正");
        assertEquals(2, fixed.revision());
        assertEquals(e.itemId(), fixed.itemId(), "the rectification item carries over");
        assertThrows(StaleDataException.class, () -> ledger.correctFinding(county, e.findingId(), null, "再改", "x"),
                "the superseded entry cannot be corrected again");
        assertThrows(IllegalArgumentException.class, () -> ledger.correctFinding(county, fixed.findingId(), null, "再改", " "),
                "a correction says why");
        List<LedgerEntry> history = ledger.history(county, fixed.findingId());
        assertEquals(List.of(1, 2), history.stream().map(LedgerEntry::revision).toList());
        assertEquals("村集体资金使用未经民主决策程序", history.get(0).description());
        assertEquals(1, ledger.ledger(county, "danfeng", term, null, today).stream().filter(x -> x.itemId() == e.itemId()).count(),
                "the ledger shows the current entry only");
        Subject township = env.login("township");
        assertTrue(ledger.ledger(township, "danfeng", term, null, today).stream().noneMatch(x -> x.itemId() == e.itemId()),
                "another township's ledger is not shown to a township user");
    }
}
