package org.jiandu.cleanunit;

/** A workflow step that the rules refuse; the message says which rule and what is missing. */
public class WorkflowException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
