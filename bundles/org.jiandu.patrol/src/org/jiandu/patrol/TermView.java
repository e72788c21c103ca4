package org.jiandu.patrol;

import java.util.List;

import org.jiandu.patrol.planning.Round;

/** A county's term (e.g. 2026-2030) and its rounds. */
public record TermView(String code, String countyCode, int firstYear, int lastYear, List<Round> rounds) {
}
