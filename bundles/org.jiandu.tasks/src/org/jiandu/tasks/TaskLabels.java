package org.jiandu.tasks;

import org.jiandu.tasks.internal.TasksMessages;

/**
 * The user's words for the module's kinds, statuses, warnings, outcomes, stages and rectification signs, in the
 * current language: the command line, the exports and the screens say the same.
 */
public final class TaskLabels {

    private TaskLabels() {
    }

    public static String of(Enum<?> value) {
        return TasksMessages.label(value);
    }
}
