package org.jiandu.patrol;

/** What the ledger flags on an item. */
public enum LedgerFlag {
    /** Not closed and past its deadline. */
    OVERDUE("逾期"),
    /** Closed without evidence. */
    CLOSED_WITHOUT_EVIDENCE("无佐证销号"),
    /** The evidence is dated after the item was closed. */
    EVIDENCE_AFTER_CLOSING("佐证晚于销号"),
    /** The same problem was found again at the same target in a later round, after the item was closed. */
    FOUND_AGAIN("问题反弹"),
    /** Closed, but after its deadline: the item stays marked as having been overdue. */
    CLOSED_OVERDUE("逾期后销号");

    private final String chinese;

    LedgerFlag(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Overdue now, or closed after the deadline. */
    public boolean late() {
        return this == OVERDUE || this == CLOSED_OVERDUE;
    }

    /** The flags that mark 纸面整改 (paper-only rectification). */
    public boolean paperOnly() {
        return this != OVERDUE && this != CLOSED_OVERDUE;
    }
}
