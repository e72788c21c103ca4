package org.jiandu.cleanunit;

import java.time.LocalDate;

/**
 * Something that puts a unit's title in question: a filed case touching the unit or its leaders, a knock-out item
 * found, a failed yearly monitoring. It suspends a published title and blocks publishing until resolved.
 *
 * @param source    CASE, KNOCKOUT, MONITORING or MANUAL
 * @param reference e.g. the case number
 */
public record NegativeEvent(long id, long creationId, String source, String reference, String description, LocalDate occurredOn,
        boolean resolved) {
}
