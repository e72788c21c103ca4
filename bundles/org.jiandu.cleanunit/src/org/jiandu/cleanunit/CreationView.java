package org.jiandu.cleanunit;

import java.time.LocalDate;

/**
 * A creation (one unit working towards one kind of clean-unit title) as lists show it.
 *
 * @param groupCode  the township it is counted under, or the county for county-level units
 * @param tier       the title's tier once published (示范, 达标), else null
 * @param site       a demonstration site (示范点)
 * @param siteId     the demonstration site this unit follows (以点带面), or 0
 * @param latestTotal total of the latest evaluation, or NaN before any
 * @param openEvents negative events not yet resolved
 */
public record CreationView(long id, long version, String unitCode, String unitName, CleanUnitKind kind, String groupCode,
        String groupName, String orgPath, CreationStatus status, String tier, LocalDate declaredOn, LocalDate statusSince,
        boolean site, long siteId, String siteName, double latestTotal, boolean latestPassed, int lastMonitoredYear,
        int openEvents) {
}
