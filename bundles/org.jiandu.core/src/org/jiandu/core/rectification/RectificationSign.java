package org.jiandu.core.rectification;

/**
 * What a rectification (整改) shows on a day: lateness, and the signs of paper-only rectification (纸面整改). Shared by
 * every module that closes problems (the patrol's ledger, the closed loops of supervision tasks), so that both catch
 * the same things the same way.
 */
public enum RectificationSign {
    /** Not closed and past its deadline. */
    OVERDUE,
    /** Closed without evidence. */
    CLOSED_WITHOUT_EVIDENCE,
    /** The evidence is dated after the closing. */
    EVIDENCE_AFTER_CLOSING,
    /** The same problem was found again at the same place after the closing. */
    FOUND_AGAIN,
    /** Closed, but after its deadline: it stays marked as having been overdue. */
    CLOSED_OVERDUE;

    /** Overdue now, or closed after the deadline. */
    public boolean late() {
        return this == OVERDUE || this == CLOSED_OVERDUE;
    }

    /** A sign of paper-only rectification. */
    public boolean paperOnly() {
        return !late();
    }
}
