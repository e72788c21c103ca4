package org.jiandu.training;

import java.util.List;

/** Confirming a cadre on post was refused: the pre-job pipeline is not complete. The reasons say what is missing. */
public class PipelineIncompleteException extends TrainingValidationException {

    private static final long serialVersionUID = 1L;

    public PipelineIncompleteException(List<String> reasons) {
        super(reasons);
    }
}
