package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a repeating task list (清单化: issued at the start of every month) is issued and due: on {@code issueDay} of each
 * period's first month, due on {@code dueDay} of its last month (the month's last day when it has fewer days).
 */
public record ListRule(Cadence cadence, int issueDay, int dueDay) {

    /** One issue of the list. */
    public record Issue(LocalDate issuedOn, LocalDate deadline) {
    }

    public ListRule {
        Objects.requireNonNull(cadence, "cadence");
        if (issueDay < 1 || issueDay > 28 || dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("a list is issued on day 1..28 and due on day 1..31 of a month");
        }
        if (cadence == Cadence.MONTHLY && dueDay < issueDay) {
            throw new IllegalArgumentException("a monthly list due on day " + dueDay + " would be due before it is"
                    + " issued on day " + issueDay);
        }
    }

    /** Every issue whose period overlaps {@code from}..{@code to}, in order. */
    public List<Issue> issues(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the span ends on " + to + ", before it starts on " + from);
        }
        List<Issue> out = new ArrayList<>();
        for (LocalDate start = cadence.periodStart(from); !start.isAfter(to); start = cadence.next(start)) {
            LocalDate end = cadence.periodEnd(start);
            LocalDate due = end.withDayOfMonth(Math.min(dueDay, end.lengthOfMonth()));
            out.add(new Issue(start.withDayOfMonth(issueDay), due));
        }
        return out;
    }
}
