package org.jiandu.cleanunit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One version of the evaluation standard (评价指标体系) of a kind: areas with indicators and their maximum points,
 * a bonus cap, a pass line, tiers and knock-out items (负面清单). A published version is never changed; an edit is a
 * new version, and every evaluation keeps the version it was scored under.
 *
 * @param version   1, 2, …; 0 for a draft that has not been published
 * @param tiers     highest first; a passing total gets the first tier whose minimum it reaches
 */
public record IndicatorSet(CleanUnitKind kind, int version, String title, double passLine, double bonusCap, List<Tier> tiers,
        List<Indicator> indicators, List<KnockOut> knockOuts, String createdBy, Instant createdAt) {

    /**
     * @param evidence the evidence the unit must file for it (review is refused while it is missing), or empty when
     *                 none is required
     */
    public record Indicator(String code, String area, String name, double maxPoints, String guidance, String evidence) {
        public boolean needsEvidence() {
            return evidence != null && !evidence.isBlank();
        }
    }

    public record Tier(String name, double minTotal) {
    }

    /** An item on the negative list: when it applies the unit fails whatever its points. */
    public record KnockOut(String code, String text) {
    }

    public IndicatorSet {
        tiers = List.copyOf(tiers);
        indicators = List.copyOf(indicators);
        knockOuts = List.copyOf(knockOuts);
    }

    public double maxTotal() {
        return indicators.stream().mapToDouble(Indicator::maxPoints).sum();
    }

    public List<String> areas() {
        LinkedHashSet<String> a = new LinkedHashSet<>();
        indicators.forEach(i -> a.add(i.area()));
        return new ArrayList<>(a);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<KnockOut> knockOut(String code) {
        return knockOuts.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** The tier a passing total earns, or null below every tier. */
    public String tierFor(double total) {
        return tiers.stream().filter(t -> total >= t.minTotal()).map(Tier::name).findFirst().orElse(null);
    }

    public IndicatorSet withVersion(int v, String by, Instant at) {
        return new IndicatorSet(kind, v, title, passLine, bonusCap, tiers, indicators, knockOuts, by, at);
    }

    /** The problems that keep this set from being published, empty when it is sound. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (title == null || title.isBlank()) {
            p.add("title is empty");
        }
        if (indicators.isEmpty()) {
            p.add("no indicators");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (Indicator i : indicators) {
            if (i.code() == null || i.code().isBlank() || !codes.add(i.code())) {
                p.add("indicator code '" + i.code() + "' is empty or used twice");
            }
            if (i.name() == null || i.name().isBlank()) {
                p.add("indicator " + i.code() + " has no text");
            }
            if (!(i.maxPoints() > 0)) {
                p.add("indicator " + i.code() + " has no points");
            }
            if (i.area() == null || i.area().isBlank()) {
                p.add("indicator " + i.code() + " has no area");
            }
        }
        for (KnockOut k : knockOuts) {
            if (k.code() == null || k.code().isBlank() || !codes.add(k.code())) {
                p.add("knock-out code '" + k.code() + "' is empty or used twice");
            }
        }
        double max = maxTotal();
        if (!(passLine > 0) || passLine > max) {
            p.add("pass line " + passLine + " is not between 0 and the indicators' " + max + " points");
        }
        if (bonusCap < 0) {
            p.add("bonus cap is negative");
        }
        double last = Double.MAX_VALUE;
        for (Tier t : tiers) {
            if (t.minTotal() >= last || t.minTotal() < passLine || t.name() == null || t.name().isBlank()) {
                p.add("tier '" + t.name() + "' must be named, at least the pass line and below the tier before it");
            }
            last = t.minTotal();
        }
        return p;
    }
}
