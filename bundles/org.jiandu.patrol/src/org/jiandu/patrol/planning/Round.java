package org.jiandu.patrol.planning;

import java.time.LocalDate;

/** A round (轮次) of the term; a completed round is history and never changes. */
public record Round(int number, LocalDate start, LocalDate end, boolean completed) {
}
