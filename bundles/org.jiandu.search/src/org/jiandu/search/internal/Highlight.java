package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * What a query term marks in a text's snippets and preview: the same units the term matches, found in the
 * normalised text (same length as the stored text, so offsets carry over). Words are whole words, typed breaks
 * between Han characters may be there or not, whitespace elsewhere between units is allowed — as in
 * {@link SeqQuery}. A wildcard or fuzzy word is any whole word, taken at once (an atomic group: no backtracking, so
 * {@code a*a*a*…b} over a long word stays linear), then checked against the automaton Lucene matched it with.
 */
record Highlight(Pattern pattern, List<CompiledAutomaton> words) {

    private static final String WORD_CHAR = "[\\p{javaLetterOrDigit}&&[^\\p{IsHan}]]";
    private static final String SPACE = "[\\p{javaWhitespace}\\p{javaSpaceChar}]*";

    static Highlight of(List<SeqQuery.Part> parts) {
        StringBuilder re = new StringBuilder();
        List<CompiledAutomaton> words = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SeqQuery.Part p = parts.get(i);
            boolean hanAfterHan = i > 0 && p.kind() == ScriptUnits.HAN && parts.get(i - 1).kind() == ScriptUnits.HAN;
            if (i > 0 && (!hanAfterHan || p.spaceBefore())) {
                re.append(SPACE);
            }
            if (p.kind() != ScriptUnits.WORD) {
                re.append(Pattern.quote(p.text()));
                continue;
            }
            re.append("(?<!").append(WORD_CHAR).append(')');
            if (p.pattern() == null) {
                re.append(Pattern.quote(p.text()));
            } else {
                re.append("((?>").append(WORD_CHAR).append("+))");
                words.add(p.pattern() instanceof FuzzyQuery f ? f.getAutomata() : ((AutomatonQuery) p.pattern()).getCompiled());
            }
            re.append("(?!").append(WORD_CHAR).append(')');
        }
        return new Highlight(Pattern.compile(re.toString()), List.copyOf(words));
    }

    /** Whether the wildcard and fuzzy words of a match are words the term stands for. */
    boolean accepts(Matcher m) {
        for (int k = 0; k < words.size(); k++) {
            if (!accepts(words.get(k), m.group(k + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(CompiledAutomaton a, String word) {
        BytesRef b = new BytesRef(word);
        return switch (a.type) {
            case NONE -> false;
            case ALL -> true;
            case SINGLE -> a.term.bytesEquals(b);
            case NORMAL -> a.getByteRunnable().run(b.bytes, b.offset, b.length);
        };
    }
}
