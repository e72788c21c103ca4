package org.jiandu.search.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiandu.search.Normalizer;

/**
 * What an exact search must find, decided by plain regular expressions over the normalised texts and never by the
 * query code it checks. A text is a sequence of units: each Han character, each word (a maximal run of other
 * letters and digits), each other visible character; whitespace is no unit. A term matches where its units stand
 * consecutively and in order: words whole, two Han characters with nothing between them (a break between Han
 * characters is a break), whitespace allowed anywhere else. Inside quotes, whitespace typed between two Han
 * characters allows whitespace there. Unquoted words keep {@code *}, {@code ?} and, as a whole term, {@code ~N}.
 */
final class BruteForce {

    /** Letter or digit that is not Han ({@link Normalizer#isWordChar}), as a regex class. */
    static final String WORD = "[\\p{L}\\p{Nd}&&[^\\p{IsHan}]]";
    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, as a regex class. */
    static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\p{Z}]";
    private static final Pattern WORDS = Pattern.compile(WORD + "+");

    /** The query is one the search must refuse with a syntax error. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why);
        }
    }

    private record Term(Predicate<String> matches, boolean excluded) {
    }

    private BruteForce() {
    }

    /** The keys of the texts (raw, as written to the files) that the query must find. */
    static <K extends Comparable<K>> Set<K> find(Map<K, String> raw, String query) throws Refused {
        List<List<Term>> groups = parse(query);
        Set<K> out = new TreeSet<>();
        raw.forEach((key, text) -> {
            String norm = Normalizer.normalize(text);
            if (groups.stream().allMatch(g -> g.stream().anyMatch(t -> t.matches.test(norm) != t.excluded))) {
                out.add(key);
            }
        });
        return out;
    }

    /** Groups that must all hold; inside a group, {@code OR}. An excluded term is a group of its own. */
    private static List<List<Term>> parse(String q) throws Refused {
        List<List<Term>> groups = new ArrayList<>();
        boolean or = false, positive = false;
        int i = 0;
        while (true) {
            while (i < q.length() && Character.isWhitespace(q.charAt(i))) {
                i++;
            }
            if (i >= q.length()) {
                break;
            }
            if (q.startsWith("OR", i) && (i + 2 == q.length() || Character.isWhitespace(q.charAt(i + 2)))) {
                if (groups.isEmpty() || or) {
                    throw new Refused("OR without a term before it");
                }
                or = true;
                i += 2;
                continue;
            }
            boolean excluded = false;
            if (q.charAt(i) == '-') {
                if (i + 1 == q.length() || Character.isWhitespace(q.charAt(i + 1))) {
                    throw new Refused("- alone");
                }
                excluded = true;
                i++;
            }
            Term t;
            if (q.charAt(i) == '"') {
                int close = q.indexOf('"', i + 1);
                if (close < 0) {
                    throw new Refused("open quote");
                }
                t = new Term(term(q.substring(i + 1, close), true), excluded);
                i = close + 1;
            } else {
                int start = i;
                while (i < q.length() && !Character.isWhitespace(q.charAt(i))) {
                    i++;
                }
                String raw = q.substring(start, i);
                if (raw.indexOf(':') >= 0 || raw.indexOf('：') >= 0 || raw.indexOf('"') >= 0) {
                    throw new IllegalArgumentException("the oracle does not know fields or inner quotes: " + raw);
                }
                t = new Term(term(raw, false), excluded);
            }
            if (or) {
                if (excluded || groups.get(groups.size() - 1).get(0).excluded) {
                    throw new Refused("excluded term in OR");
                }
                groups.get(groups.size() - 1).add(t);
                or = false;
            } else {
                groups.add(new ArrayList<>(List.of(t)));
            }
            positive |= !excluded;
        }
        if (or) {
            throw new Refused("OR without a term after it");
        }
        if (!positive) {
            throw new Refused("no term that is not excluded");
        }
        return groups;
    }

    /** One term or quoted phrase as a test on normalised text. */
    private static Predicate<String> term(String raw, boolean quoted) throws Refused {
        String s = Normalizer.normalize(raw);
        Matcher fuzzy = Pattern.compile("(" + WORD + "+)~([0-9]*)").matcher(s);
        if (!quoted && fuzzy.matches()) {
            String w = fuzzy.group(1);
            int edits = fuzzy.group(2).isEmpty() ? 2 : Integer.parseInt(fuzzy.group(2));
            return text -> {
                Matcher m = WORDS.matcher(text);
                while (m.find()) {
                    if (distance(m.group(), w) <= edits) {
                        return true;
                    }
                }
                return false;
            };
        }
        StringBuilder re = new StringBuilder();
        boolean content = false;
        boolean spaceTyped = false;
        char lastKind = 0; // 'h' Han, 'w' word, 'p' other
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaceTyped = true;
                i++;
                continue;
            }
            char kind;
            String unit;
            if (Normalizer.isHan(c)) {
                kind = 'h';
                unit = Pattern.quote(String.valueOf(c));
                content = true;
                i++;
            } else if (Normalizer.isWordChar(c) || (!quoted && (c == '*' || c == '?'))) {
                int start = i;
                while (i < s.length() && (Normalizer.isWordChar(s.charAt(i)) || (!quoted && (s.charAt(i) == '*' || s.charAt(i) == '?')))) {
                    i++;
                }
                String w = s.substring(start, i);
                if (w.replace("*", "").replace("?", "").isEmpty()) {
                    throw new Refused("a wildcard without letters");
                }
                if (i < s.length() && s.charAt(i) == '~' && !quoted) {
                    throw new IllegalArgumentException("the oracle knows fuzzy ~ only as a whole term: " + raw);
                }
                kind = 'w';
                unit = "(?<!" + WORD + ")" + wildcard(w) + "(?!" + WORD + ")";
                content = true;
            } else {
                kind = 'p';
                unit = Pattern.quote(String.valueOf(c));
                i++;
            }
            if (lastKind != 0) {
                boolean hanPair = lastKind == 'h' && kind == 'h';
                re.append(hanPair && !(quoted && spaceTyped) ? "" : SPACE + "*");
            }
            re.append(unit);
            lastKind = kind;
            spaceTyped = false;
        }
        if (!content) {
            throw new Refused("no letter, digit or Han character in '" + raw + "'");
        }
        Pattern p = Pattern.compile(re.toString());
        return text -> p.matcher(text).find();
    }

    private static String wildcard(String w) {
        StringBuilder re = new StringBuilder();
        for (char c : w.toCharArray()) {
            re.append(c == '*' ? WORD + "*" : c == '?' ? WORD : Pattern.quote(String.valueOf(c)));
        }
        return re.toString();
    }

    /** Edits between two words, an adjacent transposition counting as one (as Lucene's fuzzy query counts). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
