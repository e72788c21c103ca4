package org.jiandu.tasks;

/** Where a body's task stands on a given day. */
public enum TaskStatus {
    /** Not reported, the deadline not near. */
    OPEN,
    /** Not reported, the deadline within the policy's days. */
    DUE_SOON,
    /** Not reported, the deadline passed (a yellow or red {@link Warning}). */
    OVERDUE,
    /** Reported; the issuer has not verified it yet. */
    AWAITING_VERIFICATION,
    /** Accepted, reported by its deadline. */
    DONE_ON_TIME,
    /** Accepted, reported after its deadline. */
    DONE_LATE,
    /** The on-site check failed. */
    FAILED;

    /** Whether nothing more can happen to the task. */
    public boolean closed() {
        return this == DONE_ON_TIME || this == DONE_LATE || this == FAILED;
    }
}
