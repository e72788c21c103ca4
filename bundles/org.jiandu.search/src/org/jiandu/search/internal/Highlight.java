package org.jiandu.search.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a query term marks in a text's snippets and preview: the same units the term matches, found in the
 * normalised text (same length as the stored text, so offsets carry over). Words are whole words, typed breaks
 * between Han characters may be there or not, whitespace elsewhere between units is allowed — as in
 * {@link SeqQuery}. A fuzzy word marks any word in its place.
 */
record Highlight(Pattern pattern) {

    private static final String WORD_CHAR = "[\\p{javaLetterOrDigit}&&[^\\p{IsHan}]]";
    private static final String SPACE = "[\\p{javaWhitespace}\\p{javaSpaceChar}]*";

    static Highlight of(List<SeqQuery.Part> parts) {
        StringBuilder re = new StringBuilder();
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
            if (p.pattern() instanceof org.apache.lucene.search.FuzzyQuery) {
                re.append(WORD_CHAR).append('+');
            } else {
                for (int k = 0; k < p.text().length(); k++) {
                    char c = p.text().charAt(k);
                    re.append(c == '*' ? WORD_CHAR + "*" : c == '?' ? WORD_CHAR : Pattern.quote(String.valueOf(c)));
                }
            }
            re.append("(?!").append(WORD_CHAR).append(')');
        }
        return new Highlight(Pattern.compile(re.toString()));
    }
}
