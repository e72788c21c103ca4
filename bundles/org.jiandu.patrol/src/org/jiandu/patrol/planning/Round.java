package org.jiandu.patrol.planning;

import java.time.LocalDate;

/**
 * A round (轮次) of the term; a completed round is history and never changes.
 *
 * @param capacity load points the county can inspect in the round (all teams together), 0 for no limit: it paces
 *                 the term so that coverage does not bunch up in the first rounds
 */
public record Round(int number, LocalDate start, LocalDate end, boolean completed, int capacity) {
}
