package org.jiandu.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 量化考评: how a task's points turn into a body's score, as shares of the points the task carries. Versioned like
 * the clean-unit standards: a new version applies to tasks due from its first day, and scores already frozen keep the
 * version they were computed with.
 *
 * @param version        1, 2, … in the order published
 * @param from           the first deadline this version scores
 * @param latePerDay     share lost per day a report came after its deadline
 * @param lateFloor      the least share a late but accepted report keeps
 * @param perReturn      share lost for each report returned for more
 * @param failedShare    share of a task whose on-site check failed (0: nothing; negative: a deduction)
 * @param missedShare    share of a task still not reported when the period ended (negative: a deduction)
 * @param bonusCap       most bonus points a body may be given in one period (加分, within a cap)
 */
public record ScoringScheme(int version, LocalDate from, BigDecimal latePerDay, BigDecimal lateFloor,
        BigDecimal perReturn, BigDecimal failedShare, BigDecimal missedShare, BigDecimal bonusCap) {

    public ScoringScheme {
        Objects.requireNonNull(from, "from");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        for (BigDecimal share : List.of(latePerDay, lateFloor, perReturn)) {
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a share of " + share + " is outside 0..1");
            }
        }
        if (failedShare.compareTo(BigDecimal.ONE) > 0 || missedShare.compareTo(BigDecimal.ONE) > 0
                || bonusCap.signum() < 0) {
            throw new IllegalArgumentException("a failed or missed task cannot earn more than a done one,"
                    + " and the bonus cap cannot be negative");
        }
    }

    /** The version in force for a task due on {@code deadline}: the latest one starting on or before it. */
    public static Optional<ScoringScheme> inForce(List<ScoringScheme> versions, LocalDate deadline) {
        return versions.stream().filter(s -> !s.from().isAfter(deadline))
                .max(Comparator.comparing(ScoringScheme::from).thenComparingInt(ScoringScheme::version));
    }
}
