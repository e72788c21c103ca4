package org.jiandu.tasks;

import java.time.LocalDate;

/**
 * One step of a closed loop as it was taken.
 *
 * @param step FIND, ASSIGN, RECTIFY, ACCOUNT or CLOSE
 */
public record LoopStep(String step, LocalDate on, String detail, String by) {
}
