package org.jiandu.tasks;

/** 共性 or 个性: a task every body of the list does, or one for particular bodies. */
public enum TaskKind {
    COMMON, SPECIFIC
}
