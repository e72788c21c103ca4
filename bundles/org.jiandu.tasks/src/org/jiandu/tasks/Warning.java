package org.jiandu.tasks;

/** 预警: how loudly an unfinished task calls for attention, and to whom (智能督办). */
public enum Warning {
    NONE,
    /** 黄色预警: overdue; the body's own leader is told. */
    YELLOW,
    /** 红色预警: overdue beyond the policy's grace; escalated to the issuer's leader. */
    RED
}
