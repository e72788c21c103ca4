package org.jiandu.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A task to issue.
 *
 * @param requirement what a report must contain
 * @param evidence    the evidence a report needs (a report without a file is then refused), or null
 * @param points      the points it carries for each body
 * @param bodies      body codes, organisation codes (a township's commission, a unit), {@code all-townships},
 *                    {@code all-units}, {@code all} or {@code unit:CODE} (every body of a supervision unit)
 */
public record TaskDraft(String title, TaskKind kind, String requirement, String evidence, BigDecimal points, LocalDate deadline,
        List<String> bodies) {
}
