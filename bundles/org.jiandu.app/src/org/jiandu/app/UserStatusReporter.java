package org.jiandu.app;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.statusreporter.StatusReporter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.UserMessage;

/**
 * Replaces the workbench's "Internal Error" dialog (class names, a Details button with the stack): what escapes a
 * handler or a listener is shown as one sentence in the UI language ({@link UserMessage}) and logged in full.
 */
final class UserStatusReporter extends StatusReporter {

    private static final Logger LOG = Logger.getLogger(UserStatusReporter.class.getName());

    /** One message at a time: a failure repeating in a paint or timer listener must not stack up dialogs. */
    private boolean showing;

    @Override
    public void report(IStatus status, int style, Object... information) {
        Throwable failure = status.getException();
        String sentence = failure != null ? UserMessage.of(failure) : status.getMessage();
        if (failure == null || !UserMessage.isRefusal(failure)) {
            LOG.log(status.getSeverity() == IStatus.ERROR ? Level.SEVERE : Level.WARNING, status.getMessage(), failure);
        }
        // the event loop reports what escaped a listener with LOG only: the user is told all the same
        boolean tell = (style & (SHOW | BLOCK)) != 0 || status.getSeverity() == IStatus.ERROR && failure != null;
        Display display = Display.getCurrent();
        if (!tell || showing || display == null || display.isDisposed()) {
            return;
        }
        Shell shell = display.getActiveShell();
        showing = true;
        try {
            Dialogs.error(shell, Messages.failure_title, sentence);
        } finally {
            showing = false;
        }
    }

    @Override
    public IStatus newStatus(int severity, String message, Throwable exception) {
        return new Status(severity, "org.jiandu.app", message, exception);
    }
}
