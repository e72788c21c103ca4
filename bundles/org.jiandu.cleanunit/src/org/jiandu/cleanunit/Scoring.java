package org.jiandu.cleanunit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a unit against one version of a standard: every indicator scored between 0 and its maximum (in steps of
 * 0.5), a bonus up to the cap, knock-out items from the set's negative list. Pure, so the rules are tested alone.
 */
public final class Scoring {

    /** @param total indicator points plus bonus; {@code passed} needs the pass line and no knock-out */
    public record Result(double points, double bonus, double total, boolean passed, String tier, List<String> knockOuts) {
    }

    private Scoring() {
    }

    /** @throws IllegalArgumentException listing every problem (unscored, unknown, out of range) at once */
    public static Result score(IndicatorSet set, Map<String, Double> scores, double bonus, Set<String> knockOuts) {
        List<String> p = new ArrayList<>();
        double points = 0;
        for (IndicatorSet.Indicator i : set.indicators()) {
            Double s = scores.get(i.code());
            if (s == null) {
                p.add(i.code() + " not scored");
            } else if (s < 0 || s > i.maxPoints() || s * 2 != Math.rint(s * 2)) {
                p.add(i.code() + " " + IndicatorSetFormat.num(s) + " is not 0…" + IndicatorSetFormat.num(i.maxPoints())
                        + " in steps of 0.5");
            } else {
                points += s;
            }
        }
        for (String code : scores.keySet()) {
            if (set.indicator(code).isEmpty()) {
                p.add(code + " is not an indicator of " + set.kind().chinese() + " version " + set.version());
            }
        }
        if (bonus < 0 || bonus > set.bonusCap()) {
            p.add("bonus " + IndicatorSetFormat.num(bonus) + " is not 0…" + IndicatorSetFormat.num(set.bonusCap()));
        }
        for (String k : knockOuts) {
            if (set.knockOut(k).isEmpty()) {
                p.add(k + " is not a knock-out item of this standard");
            }
        }
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p));
        }
        double total = points + bonus;
        boolean passed = knockOuts.isEmpty() && total >= set.passLine();
        return new Result(points, bonus, total, passed, passed ? set.tierFor(total) : null, List.copyOf(knockOuts));
    }
}
