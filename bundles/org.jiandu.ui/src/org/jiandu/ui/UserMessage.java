package org.jiandu.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jiandu.core.security.AccessDeniedException;

/**
 * What a user is told when something they asked for did not happen: one sentence in the UI language, never an
 * exception's class, stack or internal text. The services' refusals and validation messages are written for users
 * already (through their NLS messages); anything else is an internal error, logged in full and shown as one line.
 */
public final class UserMessage {

    private static final Logger LOG = Logger.getLogger(UserMessage.class.getName());

    private UserMessage() {
    }

    /** The sentence for a failure. */
    public static String of(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        if (t instanceof AccessDeniedException) {
            // the services word their refusals for users already (their NLS messages)
            return t.getMessage() == null || t.getMessage().isBlank() ? Messages.failure_refused : oneLine(t.getMessage());
        }
        if ((t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof UncheckedIOException || t instanceof IOException)
                && t.getMessage() != null && !t.getMessage().isBlank()) {
            return oneLine(t.getMessage());
        }
        // the class and stack go to the log for whoever supports the installation, never to the screen
        LOG.log(Level.SEVERE, "unexpected failure", failure);
        return Messages.failure_internal;
    }

    /** Whether the failure is a refusal of the user's role or scope (rather than bad input or a fault). */
    public static boolean isRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String message) {
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
