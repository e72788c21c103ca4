package org.jiandu.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A task's points under a {@link ScoringScheme}, from its standing at the end of the period scored. */
public final class Scoring {

    /** Scores are kept to two decimals, rounded half up. */
    public static final int SCALE = 2;

    private Scoring() {
    }

    /**
     * The points a body earns with a task carrying {@code points}, or empty when it is not scored yet: reported but not
     * verified, or not yet due, at the period's end.
     */
    public static Optional<BigDecimal> points(BigDecimal points, TaskStanding standing, ScoringScheme scheme) {
        BigDecimal share = switch (standing.status()) {
            case OPEN, DUE_SOON, AWAITING_VERIFICATION -> null;
            case DONE_ON_TIME -> BigDecimal.ONE;
            case DONE_LATE -> BigDecimal.ONE.subtract(scheme.latePerDay().multiply(BigDecimal.valueOf(standing.daysLate())))
                    .max(scheme.lateFloor());
            case FAILED -> scheme.failedShare();
            case OVERDUE -> scheme.missedShare();
        };
        if (share == null) {
            return Optional.empty();
        }
        if (standing.status() == TaskStatus.DONE_ON_TIME || standing.status() == TaskStatus.DONE_LATE) {
            // returns cost a done task part of its share, never below nothing
            share = share.subtract(scheme.perReturn().multiply(BigDecimal.valueOf(standing.returns()))).max(BigDecimal.ZERO);
        }
        return Optional.of(points.multiply(share).setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** Bonus points given in a period, cut to the scheme's cap. */
    public static BigDecimal bonus(BigDecimal given, ScoringScheme scheme) {
        if (given.signum() < 0) {
            throw new IllegalArgumentException("a bonus cannot be negative; deductions come from the tasks");
        }
        return given.min(scheme.bonusCap()).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
