package org.jiandu.cleanunit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetDiff;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.Scoring;
import org.junit.jupiter.api.Test;

/** Standards and scoring alone (no database): the text format, the problems a set is refused for, the diff, knock-outs. */
class StandardTest {

    static final String SMALL = """
            title: 测试标准
            pass: 9
            bonus: 1
            tier: 示范 10
            tier: 达标 9
            area: 组织
            indicator: X1 | 5 | 第一项 | 少一次扣1分 | 会议纪要
            indicator: X2 | 5 | 第二项 | |
            knockout: K1 | 班子成员被立案
            """;

    static Map<String, Double> scores(double x1, double x2) {
        Map<String, Double> m = new HashMap<>();
        m.put("X1", x1);
        m.put("X2", x2);
        return m;
    }

    @Test
    void theTextFormatReadsBackWhatItWrites() {
        IndicatorSet s = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, SMALL);
        assertEquals(List.of(), s.problems());
        assertEquals(10, s.maxTotal());
        assertTrue(s.indicator("X1").orElseThrow().needsEvidence());
        assertFalse(s.indicator("X2").orElseThrow().needsEvidence());
        IndicatorSet again = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, IndicatorSetFormat.write(s));
        assertEquals(s, again);
        assertEquals(List.of(), IndicatorSetDiff.between(s, again));
    }

    @Test
    void aBadLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, "title: t\npass: 9\nindicator: X1 | 5 | 无维度\n"));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, "pass: 九十\n"));
        assertTrue(e.getMessage().startsWith("line 1:"), e.getMessage());
    }

    @Test
    void anUnsoundSetNamesEveryProblem() {
        IndicatorSet s = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, SMALL.replace("pass: 9", "pass: 11").replace("X2 |", "X1 |"));
        List<String> p = s.problems();
        assertTrue(p.stream().anyMatch(x -> x.contains("'X1'")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("pass line 11")), p.toString());
    }

    @Test
    void theDiffNamesEachChangedIndicatorAndField() {
        IndicatorSet a = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, SMALL);
        IndicatorSet b = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE,
                SMALL.replace("X1 | 5 |", "X1 | 4 |").replace("indicator: X2 | 5 | 第二项 | |",
                "indicator: X2 | 5 | 第二项 | |\nindicator: X3 | 1 | 第三项 | |").replace("pass: 9", "pass: 8"));
        List<IndicatorSetDiff.Change> d = IndicatorSetDiff.between(a, b);
        assertTrue(d.contains(new IndicatorSetDiff.Change(IndicatorSetDiff.Kind.CHANGED, "X1", "points", "5", "4")), d.toString());
        assertTrue(d.stream().anyMatch(c -> c.kind() == IndicatorSetDiff.Kind.ADDED && c.code().equals("X3")), d.toString());
        assertTrue(d.contains(new IndicatorSetDiff.Change(IndicatorSetDiff.Kind.CHANGED, "", "pass", "9", "8")), d.toString());
        assertEquals(3, d.size(), d.toString());
    }

    @Test
    void scoringNeedsEveryIndicatorInRangeAndAKnockOutFailsWhateverThePoints() {
        IndicatorSet s = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, SMALL);
        Scoring.Result r = Scoring.score(s, scores(5, 4.5), 1, Set.of());
        assertEquals(10.5, r.total());
        assertTrue(r.passed());
        assertEquals("示范", r.tier());
        assertEquals("达标", Scoring.score(s, scores(5, 4), 0, Set.of()).tier());
        Scoring.Result ko = Scoring.score(s, scores(5, 5), 1, Set.of("K1"));
        assertFalse(ko.passed());
        assertNull(ko.tier());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scoring.score(s, Map.of("X1", 6.0, "X9", 1.0), 2,
                Set.of("K7")));
        for (String part : List.of("X2 not scored", "X1 6 is not 0…5", "X9 is not an indicator", "bonus 2", "K7")) {
            assertTrue(e.getMessage().contains(part), part + " in " + e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(s, scores(4.3, 5), 0, Set.of()), "half points only");
    }
}
