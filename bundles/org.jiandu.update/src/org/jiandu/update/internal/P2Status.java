package org.jiandu.update.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;

/** What p2 said went wrong, in a line: the messages of its failed leaf statuses, without repeats. */
final class P2Status {

    private static final int MAX = 3;

    private P2Status() {
    }

    static String explain(IStatus status) {
        Set<String> lines = new LinkedHashSet<>();
        collect(status, lines);
        if (lines.isEmpty() && status != null && status.getMessage() != null) {
            lines.add(status.getMessage().strip());
        }
        return String.join("; ", lines.stream().limit(MAX).toList());
    }

    private static void collect(IStatus status, Set<String> lines) {
        if (status == null) {
            return;
        }
        if (status.isMultiStatus() && status.getChildren().length > 0) {
            for (IStatus child : status.getChildren()) {
                if (child.getSeverity() >= IStatus.WARNING) {
                    collect(child, lines);
                }
            }
        } else {
            if (status.getMessage() != null && !status.getMessage().isBlank()) {
                lines.add(status.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
            }
            // the cause names what failed inside (e.g. a composite's child that could not be read, and why)
            if (status.getException() instanceof CoreException inner && inner.getStatus() != status) {
                collect(inner.getStatus(), lines);
            }
        }
    }
}
