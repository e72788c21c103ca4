package org.jiandu.cleanunit;

import java.time.Instant;
import java.util.List;

/** A saved evaluation with the standard version it was scored under; never rescored. */
public record EvaluationView(long id, long creationId, EvaluationStage stage, int year, CleanUnitKind kind, int standardVersion,
        double points, double bonus, double total, boolean passed, String tier, List<String> knockOuts, List<Score> scores,
        String scoredBy, Instant scoredAt) {

    public record Score(String indicator, double points, String note) {
    }
}
