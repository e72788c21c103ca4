package org.jiandu.core.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;

/**
 * Slows down password guessing. The first failed login costs nothing (a typing error); after the second the next
 * attempt on that account is refused unchecked for {@link #FIRST_DELAY}, doubling with every further failure; the
 * {@value #MAX_FAILURES}th consecutive failure locks the account for {@link #LOCK_DURATION}. A successful login or an
 * administrator's unlock starts again from zero.
 */
public final class LoginThrottle {

    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private LoginThrottle() {
    }

    /**
     * The failures of one account so far.
     *
     * @param failures     consecutive failed logins
     * @param lastFailure  when the last one happened, or null
     * @param lockedUntil  end of the lock, or null
     */
    public record Attempts(int failures, Instant lastFailure, Instant lockedUntil) {
        public static final Attempts NONE = new Attempts(0, null, null);

        /** Null when an attempt may be checked now, otherwise the message that refuses it unchecked. */
        public String refusal(Instant now) {
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return NLS.bind(SecurityMessages.locked, TIME.format(lockedUntil));
            }
            Duration delay = delay(failures);
            if (lastFailure != null && !delay.isZero() && now.isBefore(lastFailure.plus(delay))) {
                long seconds = Math.max(1, (Duration.between(now, lastFailure.plus(delay)).toMillis() + 999) / 1000);
                return NLS.bind(SecurityMessages.throttled, seconds);
            }
            return null;
        }

        /** After one more failure at {@code now}. */
        public Attempts failed(Instant now) {
            int n = failures + 1;
            return new Attempts(n, now, n >= MAX_FAILURES ? now.plus(LOCK_DURATION) : null);
        }

        public boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** How long the next attempt waits after this many consecutive failures: 0, 0, 1, 2, 4 s … */
    public static Duration delay(int failures) {
        if (failures < 2) {
            return Duration.ZERO;
        }
        return FIRST_DELAY.multipliedBy(1L << Math.min(failures - 2, 10));
    }
}
