package org.jiandu.training.rules;

import java.time.LocalDate;
import java.util.List;

import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;

/**
 * One cadre against one rule on one date.
 *
 * @param due     the deadline that applies (null when none, e.g. a pipeline already done)
 * @param hours   hours counted, for the hours rule (0 otherwise)
 * @param gaps    what is still missing, in the user's language, one line each (empty when done)
 */
public record Outcome(String ruleCode, RequirementKind kind, RequirementStatus status, LocalDate due, double hours,
        List<String> gaps) {

    public Outcome {
        gaps = List.copyOf(gaps);
    }
}
