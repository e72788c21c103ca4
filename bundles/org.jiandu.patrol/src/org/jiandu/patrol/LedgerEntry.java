package org.jiandu.patrol;

import java.time.LocalDate;
import java.util.Set;

/**
 * A finding (问题) with its rectification item, as the ledger shows it. {@code revision} counts corrections of the
 * finding (each a new entry; the old ones stay).
 */
public record LedgerEntry(long findingId, int revision, String term, int round, String targetCode, String targetName,
        String team, String category, String description, LocalDate foundOn, long itemId, long itemVersion, String owner,
        LocalDate deadline, RectificationStage stage, String evidenceSha, String evidenceName, LocalDate evidenceOn,
        LocalDate closedOn, String reviewer, Set<LedgerFlag> flags) {

    public boolean paperOnly() {
        return flags.stream().anyMatch(LedgerFlag::paperOnly);
    }
}
