package org.jiandu.patrol.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Target;
import org.jiandu.patrol.planning.Team;

/** The term's targets and teams by code, as the plan's rows name them, and the names the screen shows for them. */
final class ProblemIndex {

    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();

    /** Indexes the targets and teams of {@code p}, replacing those of the problem before. */
    void reset(Problem p) {
        targets.clear();
        p.targets().forEach(t -> targets.put(t.code(), t));
        teams.clear();
        p.teams().forEach(t -> teams.put(t.code(), t));
    }

    /** The target of a code, or null. */
    Target target(String code) {
        return targets.get(code);
    }

    /** A team's name; the code itself when unknown. */
    String teamName(String code) {
        Team t = teams.get(code);
        return t == null ? code : t.name();
    }

    static String kind(TargetKind k) {
        return switch (k) {
            case UNIT -> Messages.kind_unit;
            case TOWNSHIP -> Messages.kind_township;
            case VILLAGE -> Messages.kind_village;
        };
    }
}
