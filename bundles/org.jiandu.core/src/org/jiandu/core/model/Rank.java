package org.jiandu.core.model;

/** Administrative rank of a cadre. */
public enum Rank {
    /** 处级 */
    DIVISION,
    /** 科级 */
    SECTION,
    /** 科员 */
    STAFF,
    /** 村干部 */
    VILLAGE
}
