package org.jiandu.cleanunit;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a creation's history: who took it, when it took effect and when it was recorded. */
public record TransitionView(String action, CreationStatus from, CreationStatus to, String reason, String by, LocalDate on,
        Instant recordedAt) {
}
