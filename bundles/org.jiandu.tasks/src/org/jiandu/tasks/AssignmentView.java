package org.jiandu.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One body's task and where it stands on a day.
 *
 * @param version      pass it back when reporting or verifying: a change made meanwhile is refused
 * @param standing     the standing on the day asked ({@link Standings})
 * @param reports      how many reports the body made
 * @param warned       who the warning goes to: the body's leader (yellow), and then the supervision unit's leader or
 *                     the county commission (red); empty without a warning
 * @param awaitingReport the report waiting for verification, or null
 */
public record AssignmentView(long id, long version, long listId, String listTitle, String period, int taskNo, String title, TaskKind kind,
        String requirement, String evidence, BigDecimal points, String bodyCode, String bodyName, LocalDate issuedOn, LocalDate deadline,
        TaskStanding standing, int reports, List<String> warned, Long awaitingReport) {
}
