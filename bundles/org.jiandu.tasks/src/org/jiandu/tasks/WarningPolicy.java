package org.jiandu.tasks;

/**
 * When reminders and warnings start (智能督办).
 *
 * @param dueSoonDays a task is due soon this many days before its deadline
 * @param redAfterDays an overdue task's yellow warning turns red (escalated to the issuer's leader) after this many
 *                     days past the deadline
 */
public record WarningPolicy(int dueSoonDays, int redAfterDays) {

    /** Three days' notice; red after five days overdue. */
    public static final WarningPolicy DEFAULT = new WarningPolicy(3, 5);

    public WarningPolicy {
        if (dueSoonDays < 0 || redAfterDays < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
    }
}
