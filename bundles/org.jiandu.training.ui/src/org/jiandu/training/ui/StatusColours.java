package org.jiandu.training.ui;

import org.eclipse.swt.graphics.RGB;
import org.jiandu.training.RequirementStatus;

/** The requirement statuses in the order the charts stack them, and one colour each, so every chart reads alike. */
final class StatusColours {

    /** Done, in progress, not started, due soon, overdue, expired. */
    static final RequirementStatus[] ORDER = { RequirementStatus.DONE, RequirementStatus.IN_PROGRESS,
            RequirementStatus.NOT_STARTED, RequirementStatus.DUE_SOON, RequirementStatus.OVERDUE, RequirementStatus.EXPIRED };

    /** The colours of {@link #ORDER}, in its order. */
    static final RGB[] COLOURS = { new RGB(76, 153, 92), new RGB(120, 170, 220), new RGB(200, 200, 200),
            new RGB(240, 180, 60), new RGB(210, 70, 60), new RGB(140, 90, 160) };

    private StatusColours() {
    }

    static RGB of(RequirementStatus s) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i] == s) {
                return COLOURS[i];
            }
        }
        throw new IllegalArgumentException(String.valueOf(s));
    }
}
