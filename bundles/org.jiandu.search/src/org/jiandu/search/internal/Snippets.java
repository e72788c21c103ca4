package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jiandu.search.Normalizer;

/**
 * Snippets and marked previews. Matching happens on the normalised text, which has the same length as the
 * stored text, so every offset found there marks the right characters of the original.
 */
final class Snippets {

    static final String OPEN = "【", CLOSE = "】";

    private Snippets() {
    }

    /** [start, end) of every occurrence of every query term, sorted, overlaps merged. */
    static List<int[]> matches(String text, List<Highlight> needles) {
        String norm = Normalizer.normalize(text);
        List<int[]> spans = new ArrayList<>();
        for (Highlight n : needles) {
            Matcher m = n.pattern().matcher(norm);
            for (int from = 0; from < norm.length() && m.find(from); from = m.start() + 1) {
                if (m.end() > m.start() && n.accepts(m)) {
                    spans.add(new int[] { m.start(), m.end() });
                }
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    static List<String> of(String text, List<Highlight> needles, int max, int context) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<int[]> spans = matches(text, needles);
        int shownUntil = -1;
        for (int[] s : spans) {
            if (out.size() >= max) {
                break;
            }
            if (s[0] < shownUntil) {
                continue;
            }
            int from = Math.max(0, s[0] - context), to = Math.min(text.length(), s[1] + context);
            StringBuilder sb = new StringBuilder();
            if (from > 0) {
                sb.append('…');
            }
            int cur = from;
            for (int[] t : spans) {
                if (t[1] <= from || t[0] >= to) {
                    continue;
                }
                int a = Math.max(t[0], from), b = Math.min(t[1], to);
                sb.append(text, cur, a).append(OPEN).append(text, a, b).append(CLOSE);
                cur = b;
            }
            sb.append(text, cur, to);
            if (to < text.length()) {
                sb.append('…');
            }
            out.add(sb.toString().replaceAll("\\s+", " ").trim());
            shownUntil = to;
        }
        if (out.isEmpty() && !text.isBlank()) {
            out.add(text.substring(0, Math.min(text.length(), 2 * context)).replaceAll("\\s+", " ").trim()
                    + (text.length() > 2 * context ? "…" : ""));
        }
        return out;
    }

    static String mark(String text, List<Highlight> needles) {
        StringBuilder sb = new StringBuilder();
        int cur = 0;
        for (int[] s : matches(text, needles)) {
            sb.append(text, cur, s[0]).append(OPEN).append(text, s[0], s[1]).append(CLOSE);
            cur = s[1];
        }
        return sb.append(text.substring(cur)).toString();
    }
}
