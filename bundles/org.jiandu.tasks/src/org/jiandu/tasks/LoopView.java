package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.Set;

import org.jiandu.core.rectification.RectificationSign;

/**
 * A problem's closed loop (四步闭环) and its signs on a day: overdue, closed late, and paper-only rectification
 * (纸面整改) by the rule the patrol ledger uses.
 *
 * @param accountability who was held accountable and how (追责问责), or null
 */
public record LoopView(long id, long version, String bodyCode, String bodyName, String category, String problem, LocalDate foundOn,
        Long assignmentId, LoopStage stage, String owner, LocalDate deadline, LocalDate assignedOn, LocalDate rectifiedOn,
        String evidenceName, String accountability, LocalDate accountedOn, LocalDate closedOn, String reviewer,
        Set<RectificationSign> signs) {

    public boolean paperOnly() {
        return signs.stream().anyMatch(RectificationSign::paperOnly);
    }
}
