package org.jiandu.patrol.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jiandu.core.security.Subject;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolService;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ledger tests share: Danfeng's demo installation, the ledger, the county commission's user and this term,
 * and findings with evidence recorded the way the patrol records them.
 */
abstract class LedgerDemoTest {

    @TempDir
    Path tmp;

    DemoInstallation env;
    LedgerService ledger;
    Subject county;
    String term;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void startDemo() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        ledger = env.await(LedgerService.class);
        county = env.login("county");
        term = PatrolService.termContaining(today.getYear());
    }

    @AfterEach
    void stopDemo() {
        env.close();
    }

    /** A finding in Danfeng at {@code target} recorded by the county, the village party secretary owning it. */
    LedgerEntry finding(String target, int round, String category, String description, LocalDate found, LocalDate deadline) {
        return ledger.addFinding(county, "danfeng", term, round, target, category, description, found, "村党支部书记", deadline);
    }

    /** {@code text} written to a file named {@code file} and attached to the item by {@code who} on {@code on}. */
    LedgerEntry withEvidence(Subject who, LedgerEntry e, String file, String text, LocalDate on) throws IOException {
        Path proof = Files.writeString(tmp.resolve(file), text);
        return ledger.attachEvidence(who, e.itemId(), e.itemVersion(), proof, on);
    }
}
