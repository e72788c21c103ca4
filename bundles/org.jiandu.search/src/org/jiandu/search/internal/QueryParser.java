package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.eclipse.osgi.util.NLS;
import org.jiandu.search.Normalizer;
import org.jiandu.search.QuerySyntaxException;

/**
 * The investigators' query language: space-separated terms must all match; {@code OR} between terms; {@code -term}
 * excludes; {@code "..."} quotes a phrase; {@code township: year: type: form: case: tag:} filter; {@code *}/{@code ?}
 * wildcards and {@code ~} fuzzy for Latin words and numbers. A term matches exactly the units in which what was
 * typed occurs as a reader sees it: Chinese characters, whole words and numbers, and the punctuation typed, adjacent
 * and in order ({@link SeqQuery}, {@link ScriptUnits}).
 */
final class QueryParser {

    static final Set<String> FIELDS = Set.of("township", "year", "type", "form", "case", "tag");
    /** Units one term may have: bounds the phrase, the highlight pattern and the earlier formats' query. */
    static final int MAX_UNITS = 256;

    /** The parsed query and what to mark in snippets. */
    record Parsed(Query query, List<Highlight> highlights) {
    }

    private final String text;
    private int pos;
    private final List<Highlight> highlights = new ArrayList<>();

    private QueryParser(String text) {
        this.text = text;
    }

    static Parsed parse(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(SearchMessages.query_empty, 0);
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
            if (text.startsWith("OR", pos) && (pos + 2 == text.length() || space(text.charAt(pos + 2)))) {
                if (groups.isEmpty() || pendingOr) {
                    throw new QuerySyntaxException(SearchMessages.or_sides, at);
                }
                pendingOr = true;
                orAt = at;
                pos += 2;
                continue;
            }
            Clause c = clause();
            if (pendingOr) {
                if (c.negated || groups.get(groups.size() - 1).get(0).negated) {
                    throw new QuerySyntaxException(SearchMessages.excluded_or, c.at);
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
            throw new QuerySyntaxException(SearchMessages.or_sides, orAt);
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
            throw new QuerySyntaxException(SearchMessages.needs_included, 0);
        }
        return b.build();
    }

    private void skipSpace() {
        while (pos < text.length() && space(text.charAt(pos))) {
            pos++;
        }
    }

    /** Whitespace as the index sees it (a no-break space pasted from a document separates terms too). */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The quote that closes one opened with c (straight, full-width or as a Chinese input method types it), or 0. */
    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\uFF02' -> '\uFF02';
            case '\u201C' -> '\u201D';
            default -> 0;
        };
    }

    private Clause clause() throws QuerySyntaxException {
        int at = pos;
        boolean negated = false;
        if (text.charAt(pos) == '-' && pos + 1 < text.length() && !space(text.charAt(pos + 1))) {
            negated = true;
            pos++;
        } else if (text.charAt(pos) == '-') {
            throw new QuerySyntaxException(SearchMessages.minus_before, at);
        }
        if (closingQuote(text.charAt(pos)) != 0) {
            int inner = pos + 1;
            String phrase = quoted();
            return new Clause(terms(phrase, true, inner, negated), negated, at);
        }
        int start = pos;
        while (pos < text.length() && !space(text.charAt(pos))) {
            if (text.charAt(pos) == '"') {
                throw new QuerySyntaxException(SearchMessages.quote_start, pos);
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
                    throw new QuerySyntaxException(NLS.bind(SearchMessages.field_value, field), start + colon);
                }
                if (value.isEmpty()) {
                    throw new QuerySyntaxException(NLS.bind(SearchMessages.field_value, field), start + colon);
                }
                String v = field.equals("type") || field.equals("township") || field.equals("case")
                        ? value.trim().toLowerCase(Locale.ROOT) : value.trim();
                if (field.equals("form")) {
                    var form = org.jiandu.core.model.DisciplineForm.parse(v);
                    if (form.isEmpty()) {
                        throw new QuerySyntaxException(NLS.bind(SearchMessages.form_value, value),
                                start + colon + 1);
                    }
                    v = String.valueOf(form.get().number());
                }
                if (field.equals("year") && !v.matches("\\d{4}")) {
                    throw new QuerySyntaxException(NLS.bind(SearchMessages.year_value, value), start + colon + 1);
                }
                return new Clause(new TermQuery(new Term(field, v)), negated, at);
            }
            if (field.matches("[a-z]+")) {
                throw new QuerySyntaxException(NLS.bind(SearchMessages.unknown_field, field,
                        String.join(": ", FIELDS.stream().sorted().toList()) + ":"), start);
            }
        }
        return new Clause(terms(word, false, start, negated), negated, at);
    }

    private String quoted() throws QuerySyntaxException {
        int open = pos;
        char close = closingQuote(text.charAt(open));
        int end = text.indexOf(close, pos + 1);
        if (end < 0 && close != '"') {
            end = text.indexOf('"', pos + 1); // “… closed with a straight quote
        }
        if (end < 0) {
            throw new QuerySyntaxException(SearchMessages.quote_open, open);
        }
        pos = end + 1;
        String inner = text.substring(open + 1, end);
        if (inner.isBlank()) {
            throw new QuerySyntaxException(SearchMessages.empty_quotes, open);
        }
        return inner;
    }

    /**
     * A term or a quoted phrase: its units ({@link ScriptUnits}) adjacent and in order ({@link SeqQuery}), and for
     * units of an archive not yet re-indexed, the term as earlier releases matched it ({@link LegacyQuery}).
     */
    private Query terms(String raw, boolean quoted, int at, boolean negated) throws QuerySyntaxException {
        String s = Normalizer.normalize(raw); // same length as raw: positions in errors stay right
        List<SeqQuery.Part> parts = new ArrayList<>();
        boolean space = false, content = false;
        int i = 0, n = s.length(), breaks = 0;
        while (i < n) {
            byte kind = ScriptUnits.kind(s, i);
            if (kind == ScriptUnits.SPACE) {
                space = true;
                i++;
                continue;
            }
            // operators are what was typed: a full-width ～ ？ ＊ folds to ~ ? * but stays punctuation (3～5年)
            if (kind == ScriptUnits.WORD || (!quoted && wildcard(raw.charAt(i)))) {
                int start = i;
                while (i < n && (ScriptUnits.kind(s, i) == ScriptUnits.WORD || (!quoted && wildcard(raw.charAt(i))))) {
                    i += ScriptUnits.width(s, i);
                }
                String w = s.substring(start, i);
                org.apache.lucene.search.MultiTermQuery pattern = null;
                if (!quoted && i < n && raw.charAt(i) == '~') {
                    int e = i + 1;
                    while (e < n && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
                        e++;
                    }
                    if (e - i - 1 > 1 || (e > i + 1 && s.charAt(i + 1) > '2')) {
                        throw new QuerySyntaxException(SearchMessages.fuzzy_edits, at + i);
                    }
                    int edits = e > i + 1 ? s.charAt(i + 1) - '0' : 2;
                    pattern = new FuzzyQuery(new Term(Tokens.SEQ, w), edits);
                    i = e;
                } else if (w.indexOf('*') >= 0 || w.indexOf('?') >= 0) {
                    if (w.replace("*", "").replace("?", "").isEmpty()) {
                        throw new QuerySyntaxException(SearchMessages.wildcard_letter, at + start);
                    }
                    try {
                        pattern = new WildcardQuery(new Term(Tokens.SEQ, w));
                    } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
                        throw new QuerySyntaxException(NLS.bind(SearchMessages.wildcard_complex, w),
                                at + start);
                    }
                } else {
                    w = Tokens.word(w, 0, w.length()); // as long words are indexed
                }
                parts.add(new SeqQuery.Part(ScriptUnits.WORD, w, space, pattern));
                content = true;
            } else {
                int w = ScriptUnits.width(s, i);
                if (quoted && space && kind == ScriptUnits.HAN && !parts.isEmpty()
                        && parts.get(parts.size() - 1).kind() == ScriptUnits.HAN && ++breaks > SeqQuery.MAX_OPTIONAL_BREAKS) {
                    throw new QuerySyntaxException(
                            NLS.bind(SearchMessages.phrase_breaks, SeqQuery.MAX_OPTIONAL_BREAKS), at + i);
                }
                parts.add(new SeqQuery.Part(kind, s.substring(i, i + w), space, null));
                content |= kind == ScriptUnits.HAN;
                i += w;
            }
            if (parts.size() > MAX_UNITS) {
                throw new QuerySyntaxException(NLS.bind(SearchMessages.term_units, MAX_UNITS), at + i - 1);
            }
            space = false;
        }
        if (!content) {
            throw new QuerySyntaxException(NLS.bind(SearchMessages.no_letters, raw), at);
        }
        if (!negated) {
            highlights.add(Highlight.of(parts));
        }
        return new FormatAware(new SeqQuery(parts), raw, quoted);
    }

    private static boolean wildcard(char c) {
        return c == '*' || c == '?';
    }
}
