package org.jiandu.training;

import java.util.List;

/** A record was refused; every problem is listed, each naming its field, in the user's language. */
public class TrainingValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public TrainingValidationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
