package org.jiandu.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An issued list and its tasks. */
public record TaskListView(long id, String period, String title, boolean special, LocalDate issuedOn, String issuedBy, Long copiedFrom,
        List<Task> tasks) {

    /** One task of the list and how many bodies it went to. */
    public record Task(long id, int no, String title, TaskKind kind, String requirement, String evidence, BigDecimal points,
            LocalDate deadline, int bodies) {
    }
}
