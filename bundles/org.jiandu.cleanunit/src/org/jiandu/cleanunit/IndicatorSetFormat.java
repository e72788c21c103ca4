package org.jiandu.cleanunit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text form of an indicator set, as the module ships its defaults and as {@code jiandu cleanunit standard}
 * reads and writes it, so a county can edit its standard in any text editor:
 *
 * <pre>
 * title: 清廉村居评价标准
 * pass: 90
 * bonus: 5
 * tier: 示范 95
 * area: 组织领导
 * indicator: V01 | 5 | text | scoring guidance | required evidence (may be empty)
 * knockout: K1 | text
 * </pre>
 *
 * Lines starting with # and blank lines are ignored. A bad line is reported with its number.
 */
public final class IndicatorSetFormat {

    private IndicatorSetFormat() {
    }

    public static IndicatorSet parse(CleanUnitKind kind, String text) {
        String title = null, area = null;
        double pass = -1, bonus = 0;
        List<IndicatorSet.Tier> tiers = new ArrayList<>();
        List<IndicatorSet.Indicator> indicators = new ArrayList<>();
        List<IndicatorSet.KnockOut> knockOuts = new ArrayList<>();
        String[] lines = text.replace("\r", "").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw bad(n, "expected 'key: value'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value = line.substring(colon + 1).strip();
            String[] f = value.split("\\|", -1);
            try {
                switch (key) {
                    case "title" -> title = value;
                    case "pass" -> pass = Double.parseDouble(value);
                    case "bonus" -> bonus = Double.parseDouble(value);
                    case "tier" -> {
                        int space = value.lastIndexOf(' ');
                        if (space < 0) {
                            throw bad(n, "a tier is 'name minimum'");
                        }
                        tiers.add(new IndicatorSet.Tier(value.substring(0, space).strip(), Double.parseDouble(value.substring(space + 1))));
                    }
                    case "area" -> area = value;
                    case "indicator" -> {
                        if (area == null) {
                            throw bad(n, "an indicator needs an 'area:' line before it");
                        }
                        if (f.length < 3 || f.length > 5) {
                            throw bad(n, "an indicator is 'code | points | text | guidance | evidence'");
                        }
                        indicators.add(new IndicatorSet.Indicator(f[0].strip(), area, f[2].strip(), Double.parseDouble(f[1].strip()),
                                f.length > 3 ? f[3].strip() : "", f.length > 4 ? f[4].strip() : ""));
                    }
                    case "knockout" -> {
                        if (f.length != 2) {
                            throw bad(n, "a knock-out item is 'code | text'");
                        }
                        knockOuts.add(new IndicatorSet.KnockOut(f[0].strip(), f[1].strip()));
                    }
                    default -> throw bad(n, "unknown key '" + key + "'");
                }
            } catch (NumberFormatException e) {
                throw bad(n, "not a number: " + e.getMessage());
            }
        }
        return new IndicatorSet(kind, 0, title, pass, bonus, tiers, indicators, knockOuts, null, null);
    }

    private static IllegalArgumentException bad(int index, String what) {
        return new IllegalArgumentException("line " + (index + 1) + ": " + what);
    }

    public static String write(IndicatorSet s) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(s.kind().chinese()).append(", version ").append(s.version()).append('\n');
        b.append("title: ").append(s.title()).append('\n');
        b.append("pass: ").append(num(s.passLine())).append('\n');
        b.append("bonus: ").append(num(s.bonusCap())).append('\n');
        s.tiers().forEach(t -> b.append("tier: ").append(t.name()).append(' ').append(num(t.minTotal())).append('\n'));
        String area = null;
        for (IndicatorSet.Indicator i : s.indicators()) {
            if (!i.area().equals(area)) {
                area = i.area();
                b.append("area: ").append(area).append('\n');
            }
            b.append("indicator: ").append(i.code()).append(" | ").append(num(i.maxPoints())).append(" | ").append(i.name())
                    .append(" | ").append(i.guidance()).append(" | ").append(i.evidence()).append('\n');
        }
        s.knockOuts().forEach(k -> b.append("knockout: ").append(k.code()).append(" | ").append(k.text()).append('\n'));
        return b.toString();
    }

    /** 5 for 5.0, 2.5 for 2.5. */
    public static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
