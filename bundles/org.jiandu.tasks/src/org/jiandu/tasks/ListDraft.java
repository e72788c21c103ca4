package org.jiandu.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A task list to issue.
 *
 * @param period  the period it is for ({@link Period#parse}): 2026-09, 2026-Q3, 2026
 * @param special a special campaign's list (专项) rather than the period's regular one
 */
public record ListDraft(String period, String title, boolean special, LocalDate issuedOn, List<TaskDraft> tasks) {
}
