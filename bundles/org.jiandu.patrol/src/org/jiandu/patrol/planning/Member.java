package org.jiandu.patrol.planning;

import java.util.List;
import java.util.Set;

/**
 * A patrol team member and what recusal (回避) looks at: where they worked (with the last year), where close
 * relatives work, and their home township.
 */
public record Member(String name, String homeTownship, List<Stint> worked, Set<String> relativesAt) {

    /** Worked at an organisation (a unit, township or village code) until {@code toYear} (inclusive). */
    public record Stint(String orgCode, int toYear) {
    }
}
