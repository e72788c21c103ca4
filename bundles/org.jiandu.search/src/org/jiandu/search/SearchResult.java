package org.jiandu.search;

import java.util.List;
import java.util.Map;

/**
 * @param total  every match in the user's scope, not just the hits returned
 * @param facets field → value → count, over all matches
 * @param duplicates groups of hit ids whose files have the same content hash
 */
public record SearchResult(long total, long tookMs, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
        List<List<String>> duplicates) {
}
