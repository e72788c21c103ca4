package org.jiandu.patrol.planning;

import java.util.ArrayList;
import java.util.List;

import org.jiandu.patrol.internal.PatrolMessages;

/**
 * Recusal (回避): a member may not inspect a target where they worked in the last three years, where a close
 * relative works, or in their home township. A workplace, relative or home in a township covers everything in it.
 */
public final class Recusal {

    public static final int YEARS = 3;

    private Recusal() {
    }

    /** Why the member must recuse from the target in {@code year}; empty when they need not. */
    public static List<String> reasons(Member m, Target t, int year) {
        List<String> out = new ArrayList<>();
        for (Member.Stint s : m.worked()) {
            if (touches(s.orgCode(), t) && s.toYear() >= year - YEARS) {
                out.add(PatrolMessages.bind(PatrolMessages.recuse_worked, new Object[] { m.name(), s.orgCode(), s.toYear() }));
            }
        }
        for (String r : m.relativesAt()) {
            if (touches(r, t)) {
                out.add(PatrolMessages.bind(PatrolMessages.recuse_relative, m.name(), r));
            }
        }
        if (m.homeTownship() != null && m.homeTownship().equals(t.townshipCode())) {
            out.add(PatrolMessages.bind(PatrolMessages.recuse_home, m.name(), m.homeTownship()));
        }
        return out;
    }

    /** The organisation is the target itself, or the target's township, or inside that township. */
    private static boolean touches(String org, Target t) {
        if (org == null) {
            return false;
        }
        if (org.equals(t.code())) {
            return true;
        }
        String ts = t.townshipCode();
        return ts != null && (org.equals(ts) || org.startsWith(ts + "-"));
    }

    /** Every reason any member of the team has, for explanations. */
    public static List<String> reasons(Team team, Target t, int year) {
        List<String> out = new ArrayList<>();
        for (Member m : team.members()) {
            out.addAll(reasons(m, t, year));
        }
        return out;
    }
}
