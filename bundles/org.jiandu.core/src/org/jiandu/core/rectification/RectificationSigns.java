package org.jiandu.core.rectification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The signs of one rectification as a pure function of its facts and the day. */
public final class RectificationSigns {

    private RectificationSigns() {
    }

    /**
     * @param deadline   the day it was to be rectified by
     * @param closed     whether it was closed (销号)
     * @param closedOn   the day it was closed, or null (while open; or not recorded, in old ledgers)
     * @param evidence   whether evidence was given
     * @param evidenceOn the day of the evidence, or null
     * @param foundAgain whether the same problem was found again at the same place on or after the closing
     * @param asOf       the day asked about (an open item is overdue after its deadline)
     */
    public static Set<RectificationSign> of(LocalDate deadline, boolean closed, LocalDate closedOn, boolean evidence, LocalDate evidenceOn,
            boolean foundAgain, LocalDate asOf) {
        Set<RectificationSign> signs = EnumSet.noneOf(RectificationSign.class);
        if (!closed) {
            if (deadline.isBefore(asOf)) {
                signs.add(RectificationSign.OVERDUE);
            }
            return signs;
        }
        if (closedOn != null && closedOn.isAfter(deadline)) {
            signs.add(RectificationSign.CLOSED_OVERDUE);
        }
        if (!evidence) {
            signs.add(RectificationSign.CLOSED_WITHOUT_EVIDENCE);
        } else if (evidenceOn != null && closedOn != null && evidenceOn.isAfter(closedOn)) {
            signs.add(RectificationSign.EVIDENCE_AFTER_CLOSING);
        }
        if (foundAgain) {
            signs.add(RectificationSign.FOUND_AGAIN);
        }
        return signs;
    }
}
