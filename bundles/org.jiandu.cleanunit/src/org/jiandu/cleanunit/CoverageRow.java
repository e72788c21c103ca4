package org.jiandu.cleanunit;

/**
 * One township (or the county's own units) and kind in the coverage report (以点带面). {@code groupCode} is null on the
 * total rows.
 *
 * @param eligible        units that should be created (the county's figure, else those declared)
 * @param published       holding the title, including those under review
 * @param meeting         holding the title with their latest evaluation passing and nothing under review
 * @param targetPercent   the share the county aims at (80 unless set)
 * @param coveragePercent meeting / eligible
 * @param monitoringDue   published units not yet monitored in the report's year
 */
public record CoverageRow(String groupCode, String groupName, CleanUnitKind kind, int eligible, int declared, int inProcess,
        int published, int underReview, int revoked, int rejected, int meeting, int targetPercent, double coveragePercent,
        int monitoringDue) {

    public boolean reachesTarget() {
        return coveragePercent >= targetPercent;
    }
}
