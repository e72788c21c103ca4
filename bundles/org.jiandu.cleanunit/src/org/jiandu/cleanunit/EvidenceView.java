package org.jiandu.cleanunit;

import java.time.Instant;

/** A file filed as evidence for one indicator, kept in the data directory by content hash. */
public record EvidenceView(long id, long creationId, String indicator, String fileName, String sha256, long size, String addedBy,
        Instant addedAt) {
}
