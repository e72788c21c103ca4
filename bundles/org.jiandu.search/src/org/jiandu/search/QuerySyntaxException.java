package org.jiandu.search;

/** A malformed query; the message says what is wrong and {@link #position()} where (0-based character index). */
public class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(org.eclipse.osgi.util.NLS.bind(org.jiandu.search.internal.SearchMessages.at_position, message, position + 1));
        this.position = position;
    }

    public int position() {
        return position;
    }
}
