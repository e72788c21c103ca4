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

    /** Time to find what to mark: per hit for snippets, for a whole preview. */
    static final long SNIPPET_NANOS = 50_000_000L, PREVIEW_NANOS = 1_000_000_000L;
    /** Marks per query term in one unit. */
    static final int MAX_SPANS = 10_000;

    /**
     * [start, end) of the occurrences of every query term, sorted, overlaps merged — as many as are found within
     * the time given (a crafted unit of 4 M repeated characters and a long term cost length × length) and at most
     * {@link #MAX_SPANS} per term. Marking less is the right failure: the hit itself is exact.
     */
    static List<int[]> matches(String text, List<Highlight> needles, long nanos) {
        String norm = Normalizer.normalize(text);
        CharSequence timed = new Budgeted(norm, System.nanoTime() + nanos);
        List<int[]> spans = new ArrayList<>();
        try {
            for (Highlight n : needles) {
                Matcher m = n.pattern().matcher(timed);
                int found = 0;
                for (int from = 0; from < norm.length() && found < MAX_SPANS && m.find(from); from = m.start() + 1) {
                    if (m.end() > m.start() && n.accepts(m)) {
                        spans.add(new int[] { m.start(), m.end() });
                        found++;
                    }
                }
            }
        } catch (Budgeted.Spent e) {
            // out of time: mark what was found
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
        List<int[]> spans = matches(text, needles, SNIPPET_NANOS);
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
        for (int[] s : matches(text, needles, PREVIEW_NANOS)) {
            sb.append(text, cur, s[0]).append(OPEN).append(text, s[0], s[1]).append(CLOSE);
            cur = s[1];
        }
        return sb.append(text.substring(cur)).toString();
    }

    /** The text, read by the regex engine, which gives up when the time is spent (checked every 16 384 reads). */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        Budgeted(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        static final class Spent extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Spent() {
                super(null, null, false, false);
            }
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FFF) == 0 && System.nanoTime() > deadline) {
                throw new Spent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
