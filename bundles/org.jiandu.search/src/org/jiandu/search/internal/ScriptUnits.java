package org.jiandu.search.internal;

/**
 * How index format 3 reads a normalised text: as one sequence of units in which every script has its place, so a
 * query of adjacent Han, digit and Latin parts can be matched adjacent, in the order a reader sees them.
 * <ul>
 * <li>a Han character is a unit;</li>
 * <li>a word — a maximal run of other letters and digits — is a unit (compared whole: {@code 5600} is not part of
 * {@code 15600});</li>
 * <li>every other character that is not whitespace (punctuation, symbols) is a unit, so punctuation typed in a
 * query has to be there;</li>
 * <li>whitespace is no unit: between a Han character and anything else it is ignored (Chinese text often sets
 * Latin words and numbers off with spaces), but between two Han characters it is a break, as it always was.</li>
 * </ul>
 * Units are code points: a Han character outside the Basic Multilingual Plane (common in personal names) is one.
 */
final class ScriptUnits {

    static final byte SPACE = 0, HAN = 1, WORD = 2, MARK = 3;

    private static final byte[] BMP = new byte[0x10000];

    static {
        for (int c = 0; c < BMP.length; c++) {
            BMP[c] = classify(c);
        }
    }

    private ScriptUnits() {
    }

    private static byte classify(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return HAN;
        }
        return Character.isLetterOrDigit(cp) ? WORD : MARK;
    }

    /** The kind of the code point at {@code i} (a lone surrogate is a mark). */
    static byte kind(CharSequence s, int i) {
        char c = s.charAt(i);
        if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
            return BMP[c];
        }
        return classify(Character.toCodePoint(c, s.charAt(i + 1)));
    }

    /** The number of chars of the code point at {@code i}. */
    static int width(CharSequence s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                ? 2 : 1;
    }

    /** The end of the word that starts at {@code i}. */
    static int wordEnd(CharSequence s, int i) {
        int n = s.length();
        while (i < n && kind(s, i) == WORD) {
            i += width(s, i);
        }
        return i;
    }
}
