package org.jiandu.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A period's ranking of bodies (or leaders) by score: equal scores share a place, and the next place skips (1, 2, 2, 4). */
public final class Ranking {

    /** One ranked body: its code, its score and its place. */
    public record Place(String code, BigDecimal score, int place) {
    }

    private Ranking() {
    }

    /** Highest score first; equal scores in the order of their codes, at the same place. */
    public static List<Place> of(Map<String, BigDecimal> scores) {
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Place> places = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, BigDecimal> e = sorted.get(i);
            boolean tie = i > 0 && sorted.get(i - 1).getValue().compareTo(e.getValue()) == 0;
            places.add(new Place(e.getKey(), e.getValue(), tie ? places.get(i - 1).place() : i + 1));
        }
        return places;
    }
}
