package org.jiandu.training;

/** What a training spreadsheet holds: a roster (who is enrolled) or attendance (who came, hours, score, completion). */
public enum ImportKind {
    ROSTER, ATTENDANCE
}
