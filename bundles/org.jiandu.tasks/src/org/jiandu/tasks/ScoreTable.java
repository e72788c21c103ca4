package org.jiandu.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's scores and ranking (量化考评) for a county.
 *
 * @param published the revision of the period's latest published ranking, or 0 when none is
 * @param rows      the ranking, first place first; only the bodies in the reader's scope
 */
public record ScoreTable(String period, LocalDate asOf, int schemeVersion, int published, List<Row> rows) {

    /**
     * A body's line.
     *
     * @param publishedPlace the place in the latest published ranking, or 0 (not published, or not in it)
     * @param publishedScore the score there, or null
     */
    public record Row(int place, String bodyCode, String bodyName, BodyKind kind, BigDecimal score, int onTime, int late, int failed,
            int missed, int pending, int returns, int publishedPlace, BigDecimal publishedScore) {

        /** Whether the published ranking says something else now (a late verification, a correction). */
        public boolean changedSincePublished() {
            return publishedScore != null && (publishedPlace != place || publishedScore.compareTo(score) != 0);
        }
    }
}
