package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.jiandu.search.Normalizer;
import org.jiandu.search.QuerySyntaxException;

/**
 * The investigators' query language: space-separated terms must all match; {@code OR} between terms; {@code -term}
 * excludes; {@code "..."} quotes; {@code township: year: type: form: case: tag:} filter; {@code *}/{@code ?}
 * wildcards and {@code ~} fuzzy for Latin words. A run of Chinese characters matches exactly the documents that
 * contain it as a substring.
 */
final class QueryParser {

    static final Set<String> FIELDS = Set.of("township", "year", "type", "form", "case", "tag");

    /** The parsed query and the strings to highlight. */
    record Parsed(Query query, List<String> highlights) {
    }

    private final String text;
    private int pos;
    private final List<String> highlights = new ArrayList<>();

    private QueryParser(String text) {
        this.text = text;
    }

    static Parsed parse(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("the query is empty", 0);
        }
        QueryParser p = new QueryParser(query);
        return new Parsed(p.parseAll(), p.highlights);
    }

    private record Clause(Query query, boolean negated, int at) {
    }

    private Query parseAll() throws QuerySyntaxException {
        List<List<Clause>> groups = new ArrayList<>(); // each group is an OR of clauses; groups are ANDed
        boolean pendingOr = false;
        int orAt = 0;
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                break;
            }
            int at = pos;
            if (text.startsWith("OR", pos) && (pos + 2 == text.length() || Character.isWhitespace(text.charAt(pos + 2)))) {
                if (groups.isEmpty() || pendingOr) {
                    throw new QuerySyntaxException("OR needs a term on each side", at);
                }
                pendingOr = true;
                orAt = at;
                pos += 2;
                continue;
            }
            Clause c = clause();
            if (pendingOr) {
                if (c.negated || groups.get(groups.size() - 1).get(0).negated) {
                    throw new QuerySyntaxException("an excluded term (-) cannot be part of OR", c.at);
                }
                groups.get(groups.size() - 1).add(c);
                pendingOr = false;
            } else {
                List<Clause> g = new ArrayList<>();
                g.add(c);
                groups.add(g);
            }
        }
        if (pendingOr) {
            throw new QuerySyntaxException("OR needs a term on each side", orAt);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (List<Clause> g : groups) {
            if (g.size() == 1) {
                Clause c = g.get(0);
                b.add(c.query, c.negated ? Occur.MUST_NOT : Occur.MUST);
                positive |= !c.negated;
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                for (Clause c : g) {
                    or.add(c.query, Occur.SHOULD);
                }
                b.add(or.build(), Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            throw new QuerySyntaxException("the query needs at least one term that is not excluded with -", 0);
        }
        return b.build();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Clause clause() throws QuerySyntaxException {
        int at = pos;
        boolean negated = false;
        if (text.charAt(pos) == '-' && pos + 1 < text.length() && !Character.isWhitespace(text.charAt(pos + 1))) {
            negated = true;
            pos++;
        } else if (text.charAt(pos) == '-') {
            throw new QuerySyntaxException("- must stand right before the term it excludes", at);
        }
        if (text.charAt(pos) == '"') {
            String phrase = quoted();
            return new Clause(terms(phrase, true, at, negated), negated, at);
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '"') {
                throw new QuerySyntaxException("a quote must start a term", pos);
            }
            pos++;
        }
        String word = text.substring(start, pos);
        int colon = word.indexOf(':');
        if (colon < 0) {
            colon = word.indexOf('：'); // full-width colon typed with a Chinese input method
        }
        if (colon > 0) {
            String field = Normalizer.normalize(word.substring(0, colon)).toLowerCase(Locale.ROOT);
            if (FIELDS.contains(field)) {
                String value = word.substring(colon + 1);
                if (value.isEmpty() && pos < text.length() && text.charAt(pos) != '"') {
                    throw new QuerySyntaxException("field " + field + ": needs a value right after the colon", start + colon);
                }
                if (value.isEmpty()) {
                    throw new QuerySyntaxException("field " + field + ": needs a value right after the colon", start + colon);
                }
                String v = field.equals("type") || field.equals("township") || field.equals("case")
                        ? value.trim().toLowerCase(Locale.ROOT) : value.trim();
                if (field.equals("form")) {
                    var form = org.jiandu.core.model.DisciplineForm.parse(v);
                    if (form.isEmpty()) {
                        throw new QuerySyntaxException("form: needs a discipline form 1-4 (or 第一种形态 …), not '" + value + "'",
                                start + colon + 1);
                    }
                    v = String.valueOf(form.get().number());
                }
                if (field.equals("year") && !v.matches("\\d{4}")) {
                    throw new QuerySyntaxException("year: needs a four-digit year, not '" + value + "'", start + colon + 1);
                }
                return new Clause(new TermQuery(new Term(field, v)), negated, at);
            }
            if (field.matches("[a-z]+")) {
                throw new QuerySyntaxException("unknown field '" + field + ":'; fields are " + String.join(": ", FIELDS.stream().sorted().toList()) + ":", start);
            }
        }
        return new Clause(terms(word, false, at, negated), negated, at);
    }

    private String quoted() throws QuerySyntaxException {
        int open = pos;
        int close = text.indexOf('"', pos + 1);
        if (close < 0) {
            throw new QuerySyntaxException("the quote is never closed", open);
        }
        pos = close + 1;
        String inner = text.substring(open + 1, close);
        if (inner.isBlank()) {
            throw new QuerySyntaxException("empty quotes", open);
        }
        return inner;
    }

    /**
     * A term or phrase: its Han runs become exact-substring queries, its Latin words term (or, unquoted,
     * wildcard and fuzzy) queries; all of them must match.
     */
    private Query terms(String raw, boolean quoted, int at, boolean negated) throws QuerySyntaxException {
        String s = Normalizer.normalize(raw);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> phraseWords = new ArrayList<>();
        int parts = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Normalizer.isHan(c)) {
                int start = i;
                while (i < s.length() && Normalizer.isHan(s.charAt(i))) {
                    i++;
                }
                String run = s.substring(start, i);
                b.add(han(run), Occur.MUST);
                if (!negated) {
                    highlights.add(run);
                }
                parts++;
            } else if (Normalizer.isWordChar(c) || (!quoted && (c == '*' || c == '?'))) {
                int start = i;
                while (i < s.length() && (Normalizer.isWordChar(s.charAt(i)) || (!quoted && (s.charAt(i) == '*' || s.charAt(i) == '?')))) {
                    i++;
                }
                String w = s.substring(start, i);
                if (!quoted && i < s.length() && s.charAt(i) == '~') {
                    int e = i + 1;
                    while (e < s.length() && Character.isDigit(s.charAt(e))) {
                        e++;
                    }
                    int edits = e > i + 1 ? Integer.parseInt(s.substring(i + 1, e)) : 2;
                    if (edits > 2) {
                        throw new QuerySyntaxException("fuzzy ~ allows at most 2 edits", at + i);
                    }
                    b.add(new FuzzyQuery(new Term(Tokens.WORD, w), edits), Occur.MUST);
                    i = e;
                } else if (w.indexOf('*') >= 0 || w.indexOf('?') >= 0) {
                    if (w.replace("*", "").replace("?", "").isEmpty()) {
                        throw new QuerySyntaxException("a wildcard needs at least one letter or digit", at + start);
                    }
                    b.add(new WildcardQuery(new Term(Tokens.WORD, w)), Occur.MUST);
                } else if (quoted) {
                    phraseWords.add(w);
                } else {
                    b.add(new TermQuery(new Term(Tokens.WORD, w)), Occur.MUST);
                    if (!negated) {
                        highlights.add(w);
                    }
                }
                parts++;
            } else {
                i++;
            }
        }
        if (!phraseWords.isEmpty()) {
            b.add(new PhraseQuery(Tokens.WORD, phraseWords.toArray(new String[0])), Occur.MUST);
            if (!negated) {
                highlights.add(String.join(" ", phraseWords));
            }
        }
        if (parts == 0) {
            throw new QuerySyntaxException("'" + raw + "' contains no letters, digits or Chinese characters", at);
        }
        return b.build();
    }

    /**
     * Exact substring: one character by the unigram field, two by one bigram, longer runs by n-gram phrases chosen
     * against the index they run on ({@link HanRunQuery}).
     */
    static Query han(String run) {
        if (run.length() == 1) {
            return new TermQuery(new Term(Tokens.UNI, run));
        }
        if (run.length() == 2) {
            return new TermQuery(new Term(Tokens.BI, run));
        }
        return new HanRunQuery(run);
    }

}
