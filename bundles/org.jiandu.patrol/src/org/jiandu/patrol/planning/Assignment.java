package org.jiandu.patrol.planning;

import org.jiandu.patrol.PatrolMode;

/** A target inspected by a team in a round, in a mode. */
public record Assignment(int round, String team, String target, PatrolMode mode) {
}
