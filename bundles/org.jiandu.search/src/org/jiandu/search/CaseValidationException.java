package org.jiandu.search;

import java.util.List;

/** A case that cannot be saved as entered; each problem names the field. */
public class CaseValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CaseValidationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
