package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is known of one body's task: when it was issued, its deadline and the body's reports in order.
 *
 * @throws IllegalArgumentException for facts that cannot have happened (a report before the task was issued, a
 *         report while the previous one was still waiting for its verification, one after the task ended)
 */
public record TaskFacts(LocalDate issuedOn, LocalDate deadline, List<TaskReport> reports) {

    public TaskFacts {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(deadline, "deadline");
        reports = List.copyOf(reports);
        if (deadline.isBefore(issuedOn)) {
            throw new IllegalArgumentException("deadline " + deadline + " before the task was issued on " + issuedOn);
        }
        LocalDate after = issuedOn;
        for (int i = 0; i < reports.size(); i++) {
            TaskReport r = reports.get(i);
            if (r.reportedOn().isBefore(after)) {
                throw new IllegalArgumentException("report " + (i + 1) + " of " + r.reportedOn() + " comes before "
                        + after);
            }
            boolean last = i == reports.size() - 1;
            if (!last && r.outcome() != Outcome.RETURNED) {
                throw new IllegalArgumentException("report " + (i + 1) + " is followed by another, but it was "
                        + (r.outcome() == null ? "not verified" : r.outcome().name().toLowerCase()) + ", not returned");
            }
            after = r.verifiedOn() != null ? r.verifiedOn() : r.reportedOn();
        }
    }
}
