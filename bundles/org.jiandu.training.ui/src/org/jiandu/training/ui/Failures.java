package org.jiandu.training.ui;

import org.jiandu.core.StaleDataException;
import org.jiandu.training.TrainingValidationException;
import org.jiandu.ui.UserMessage;

/**
 * What a training screen tells its user when the service refused or failed: every problem of a refused form, the
 * sentence of a record changed meanwhile, otherwise the workbench's one sentence ({@link UserMessage}), never a trace.
 */
final class Failures {

    private Failures() {
    }

    static String of(Throwable failure) {
        if (failure instanceof TrainingValidationException v && !v.problems().isEmpty()) {
            return String.join("\n", v.problems());
        }
        if (failure instanceof StaleDataException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return UserMessage.of(failure);
    }
}
