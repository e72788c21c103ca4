package org.jiandu.cleanunit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a standard, indicator by indicator, for the editor's version diff. */
public final class IndicatorSetDiff {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** @param code indicator or knock-out code, or "" for the set's own settings */
    public record Change(Kind kind, String code, String field, String before, String after) {
    }

    private IndicatorSetDiff() {
    }

    public static List<Change> between(IndicatorSet a, IndicatorSet b) {
        List<Change> out = new ArrayList<>();
        field(out, "", "title", a.title(), b.title());
        field(out, "", "pass", IndicatorSetFormat.num(a.passLine()), IndicatorSetFormat.num(b.passLine()));
        field(out, "", "bonus", IndicatorSetFormat.num(a.bonusCap()), IndicatorSetFormat.num(b.bonusCap()));
        field(out, "", "tiers", tiers(a), tiers(b));
        Map<String, IndicatorSet.Indicator> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        a.indicators().forEach(i -> before.put(i.code(), i));
        b.indicators().forEach(i -> after.put(i.code(), i));
        for (IndicatorSet.Indicator i : a.indicators()) {
            IndicatorSet.Indicator j = after.get(i.code());
            if (j == null) {
                out.add(new Change(Kind.REMOVED, i.code(), "indicator", i.name(), null));
                continue;
            }
            field(out, i.code(), "area", i.area(), j.area());
            field(out, i.code(), "text", i.name(), j.name());
            field(out, i.code(), "points", IndicatorSetFormat.num(i.maxPoints()), IndicatorSetFormat.num(j.maxPoints()));
            field(out, i.code(), "guidance", i.guidance(), j.guidance());
            field(out, i.code(), "evidence", i.evidence(), j.evidence());
        }
        for (IndicatorSet.Indicator j : b.indicators()) {
            if (!before.containsKey(j.code())) {
                out.add(new Change(Kind.ADDED, j.code(), "indicator", null, j.name() + " (" + IndicatorSetFormat.num(j.maxPoints()) + ")"));
            }
        }
        Map<String, String> ka = new LinkedHashMap<>(), kb = new LinkedHashMap<>();
        a.knockOuts().forEach(k -> ka.put(k.code(), k.text()));
        b.knockOuts().forEach(k -> kb.put(k.code(), k.text()));
        ka.forEach((code, text) -> {
            if (!kb.containsKey(code)) {
                out.add(new Change(Kind.REMOVED, code, "knockout", text, null));
            } else {
                field(out, code, "knockout", text, kb.get(code));
            }
        });
        kb.forEach((code, text) -> {
            if (!ka.containsKey(code)) {
                out.add(new Change(Kind.ADDED, code, "knockout", null, text));
            }
        });
        return out;
    }

    private static String tiers(IndicatorSet s) {
        return String.join(", ", s.tiers().stream().map(t -> t.name() + " " + IndicatorSetFormat.num(t.minTotal())).toList());
    }

    private static void field(List<Change> out, String code, String field, String a, String b) {
        if (!Objects.equals(a == null ? "" : a, b == null ? "" : b)) {
            out.add(new Change(Kind.CHANGED, code, field, a, b));
        }
    }
}
