package org.jiandu.patrol.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolSchedule;
import org.jiandu.patrol.ScheduleEntry;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Round;

/**
 * The schedule of a term as one reader may see it. The scope decides, not the caller: a township user is not in the
 * county's scope, so the term is found by the county's code and kept only when it contains the reader's scope (or the
 * reader's scope contains it); each assignment is kept only when the organisation service shows its target to the
 * reader, which is its own township and villages for a township user.
 */
final class Schedules {

    private Schedules() {
    }

    /** Whether the reader's scope lies within the term's county or contains it. */
    static boolean concerns(Subject reader, PatrolTerm term) {
        return reader.scopePath().startsWith(term.orgPath) || reader.covers(term.orgPath);
    }

    /**
     * @param term        the term, null when never set up
     * @param assignments its current plan
     * @param teamNames   team code to name
     */
    static PatrolSchedule of(Subject reader, OrgService orgs, String termText, PatrolTerm term, List<Assignment> assignments,
            Map<String, String> teamNames) {
        if (term == null || !concerns(reader, term)) {
            return new PatrolSchedule(termText, List.of(), List.of());
        }
        List<Round> rounds = JpaPatrolService.view(term).rounds();
        Map<Integer, Round> byNumber = new HashMap<>();
        rounds.forEach(r -> byNumber.put(r.number(), r));
        Map<String, Optional<OrgNodeView>> seen = new HashMap<>();
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Assignment a : assignments) {
            Optional<OrgNodeView> target = seen.computeIfAbsent(a.target(), c -> orgs.find(reader, c));
            Round r = byNumber.get(a.round());
            if (target.isEmpty() || r == null || !reader.covers(target.get().path())) {
                continue;
            }
            OrgNodeView n = target.get();
            entries.add(new ScheduleEntry(r.number(), r.start(), r.end(), r.completed(), teamNames.getOrDefault(a.team(), a.team()),
                    n.code(), n.name(), kind(n), a.mode()));
        }
        entries.sort(Comparator.comparingInt(ScheduleEntry::round).thenComparing(ScheduleEntry::targetCode));
        return new PatrolSchedule(termText, rounds, entries);
    }

    private static TargetKind kind(OrgNodeView n) {
        return switch (n.level()) {
            case TOWNSHIP -> TargetKind.TOWNSHIP;
            case VILLAGE -> TargetKind.VILLAGE;
            default -> TargetKind.UNIT;
        };
    }
}
