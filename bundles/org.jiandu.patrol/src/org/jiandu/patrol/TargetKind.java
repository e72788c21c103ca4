package org.jiandu.patrol;

/** What a patrol target is: a county-level unit's party organisation, a township, or a village/community. */
public enum TargetKind {
    UNIT, TOWNSHIP, VILLAGE
}
