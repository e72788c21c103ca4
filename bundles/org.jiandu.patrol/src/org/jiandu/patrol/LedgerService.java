package org.jiandu.patrol;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.Subject;

/**
 * The rectification ledger (整改台账): findings of each inspection and their rectification items. Saved findings are
 * never edited in place: a correction is a new entry that supersedes the old one. Closing an item needs evidence
 * and a county-level reviewer, who is the user closing it; overdue items and paper-only rectification (纸面整改) are
 * flagged. Scoped by the target's organisation, each step by role ({@link PatrolRights}); every change is audited.
 * A step's date is never in the future nor before the item's previous step.
 */
public interface LedgerService {

    /** Records a finding of a round's inspection at a target and opens its rectification item. */
    LedgerEntry addFinding(Subject subject, String countyCode, String term, int round, String targetCode, String category,
            String description, LocalDate foundOn, String owner, LocalDate deadline);

    /** Corrects a finding: a new entry supersedes it (its item carries over); the old entry stays readable. */
    LedgerEntry correctFinding(Subject subject, long findingId, String category, String description, String reason);

    /**
     * Attaches evidence (a file kept in the data directory by its SHA-256) dated {@code evidenceOn}: the county or the
     * township that rectifies; refused on a closed item.
     */
    LedgerEntry attachEvidence(Subject subject, long itemId, long expectedVersion, Path file, LocalDate evidenceOn) throws IOException;

    /**
     * Closes (销号) an item with {@code subject} as its reviewer, who must be a county-level user (county commission or
     * administrator with the county or the city as scope) and not the item's owner. Refused without evidence.
     *
     * @throws org.jiandu.core.security.AccessDeniedException when the subject may not review
     */
    LedgerEntry close(Subject subject, long itemId, long expectedVersion, LocalDate closedOn);

    /** Current entries of a term (not the superseded ones), filtered by a flag when not null. */
    List<LedgerEntry> ledger(Subject subject, String countyCode, String term, LedgerFlag flag, LocalDate asOf);

    /** One item's current entry, with its flags as of today. */
    LedgerEntry item(Subject subject, long itemId);

    /** The term's ledger (with its flags as of {@code asOf}) as XLSX, or PDF when the name ends in .pdf. */
    void export(Subject subject, String countyCode, String term, LocalDate asOf, Path file) throws IOException;

    /** Every entry of a finding's history, oldest first. */
    List<LedgerEntry> history(Subject subject, long findingId);
}
