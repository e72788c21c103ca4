package org.jiandu.tasks;

/** Where a closed loop (四步闭环) stands: found, assigned, rectified, closed; accountability is recorded beside. */
public enum LoopStage {
    /** 发现问题: found in supervision. */
    FOUND,
    /** 交办问题: assigned to an owner with a deadline. */
    ASSIGNED,
    /** 整改提升: rectified, with evidence. */
    RECTIFIED,
    /** Reviewed and closed (销号) by the county level. */
    CLOSED
}
