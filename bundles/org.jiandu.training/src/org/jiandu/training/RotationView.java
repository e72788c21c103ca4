package org.jiandu.training;

import java.time.Instant;
import java.time.LocalDate;

/** One revision of a rotation at a post. A new rotation has a null {@code key}; a correction keeps the key. */
public record RotationView(String key, int revision, String cadreCode, String cadreName, RotationPost post, String mentor,
        LocalDate start, LocalDate end, String signedOffBy, LocalDate signedOffOn, String appraisal, String recordedBy,
        Instant recordedAt) {
}
