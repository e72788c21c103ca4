package org.jiandu.tasks;

/** What the issuer decided on a task report (核查结果). */
public enum Outcome {
    /** 通过: the report is accepted; the task is done. */
    ACCEPTED,
    /** 退回补充: returned for more, with a reason and a new date to report by. */
    RETURNED,
    /** 线下核查不通过: the on-site check (线下核查) found the work not done; the task has failed. */
    FAILED
}
