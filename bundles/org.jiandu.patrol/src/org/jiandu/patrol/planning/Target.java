package org.jiandu.patrol.planning;

import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;

/**
 * Something to patrol-inspect once in the term.
 *
 * @param townshipCode the township a village or township belongs to (its own code for a township); null for
 *                     county-level units
 * @param zone         the collaboration zone of its township (cross inspection comes from outside it), or null
 * @param risk         0–100, from petitions, past findings and funds handled: higher goes earlier
 * @param load         inspection effort in load points (a team has a capacity per round)
 */
public record Target(String code, String name, TargetKind kind, String townshipCode, String zone, TargetClass cls,
        int risk, int load) {
}
