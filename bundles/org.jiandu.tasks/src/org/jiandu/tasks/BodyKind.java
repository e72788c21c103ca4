package org.jiandu.tasks;

import org.jiandu.core.model.OrgLevel;

/** Kinds of bodies task lists go to (Shanyang's system has every commission body in it; Zhashui's units and leaders). */
public enum BodyKind {
    /** 监督检查室: an office of the county commission. */
    SUPERVISION_OFFICE,
    /** 派驻纪检监察组: a group stationed in county departments. */
    STATIONED_GROUP,
    /** 镇(街道)纪委: a township commission. */
    TOWNSHIP_COMMISSION,
    /** 县直单位: a county-level unit (its party group answers for the main responsibility). */
    UNIT,
    /** 科级领导干部: a named section-level leading cadre. */
    LEADER;

    /** The kind of body an organisation of the jurisdiction is by itself: a township's commission, a unit; else none. */
    public static BodyKind of(OrgLevel level) {
        return switch (level) {
            case TOWNSHIP -> TOWNSHIP_COMMISSION;
            case UNIT -> UNIT;
            default -> null;
        };
    }
}
