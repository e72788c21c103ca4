package org.jiandu.search;

import java.util.List;
import java.util.Map;

/**
 * A clearance check (廉政意见回复): for every term, every unit in scope that contains it — no cap.
 *
 * @param terms  the terms in input order
 * @param hits   term → ids of the units containing it
 * @param units  unit id → [path, page-or-sheet label] for every unit hit by any term
 */
public record BatchResult(List<String> terms, Map<String, List<String>> hits, Map<String, String[]> units) {

    public int count(String term) {
        return hits.getOrDefault(term, List.of()).size();
    }
}
