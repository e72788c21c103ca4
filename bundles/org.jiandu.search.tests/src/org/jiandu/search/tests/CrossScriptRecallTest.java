package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiandu.core.Progress;
import org.jiandu.search.Normalizer;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a query mixing Han characters, digits, Latin letters and punctuation finds exactly the files that
 * contain it as typed — checked against {@link BruteForce} on random cross-script substrings of generated case
 * files, and on the issue's own examples.
 */
class CrossScriptRecallTest extends DemoSearchTest {

    private static final int SINGLE_DRAWS = 420;

    /**
     * Substrings of every length that cross a script boundary (Han, word, punctuation), drawn from generated case
     * files — cut inside a word (a cut word is another word) or widened to whole words — each searched as typed,
     * quoted with the text's whitespace kept, and two at a time (AND): total and files equal brute force.
     */
    @Test
    void everyCrossScriptSubstringFindsExactlyTheFilesThatContainIt() throws Exception {
        long t0 = System.nanoTime();
        Random r = new Random(15);
        Path folder = tmp.resolve("corpus");
        Map<String, String> docs = CrossScriptCorpus.write(folder, r, 150);
        assertEquals(150, search.index(county, List.of(folder), "danfeng-t01", null, Progress.NONE).added());
        Checks checks = new Checks(docs);

        List<String> texts = new ArrayList<>(docs.values());
        int[] perLength = new int[17];
        String previous = null;
        int singles = 0;
        for (int q = 0; singles < SINGLE_DRAWS && q < 50_000; q++) {
            int len = 2 + q % 15; // a single character crosses no boundary
            String d = draw(texts.get(r.nextInt(texts.size())), r, len, q % 2 == 0);
            if (!crossesScripts(d) || d.matches("(?s).*(^|\\s)OR(\\s|$).*")) {
                continue;
            }
            checks.check(d);
            checks.check('"' + d + '"');
            if (previous != null && singles % 3 == 0) {
                checks.check(previous + " " + d);
            }
            previous = d;
            singles++;
            perLength[len]++;
        }
        // the issue's queries, and Latin words that keep their wildcards and fuzzy matching
        for (String q : new String[] { "5600元", "\"5600元\"", "丹纪立〔2024〕9号", "丹纪立[2023]9号", "商纪〔2024〕12号",
                "\"文件 - 属性\"", "文件-属性", "\"文件 属性\"", "GOOD_MARK_二", "数字2", "basic的", "区域1", "45度", "13日",
                "2024年3月", "A栋3号", "[2024]", "對話框", "５６００元", "5600元 -200元", "5600元 OR 200元", "fund*", "transf*",
                "transfr~1", "basic*的", "ba?ic", "5600*元", "使用 basic 的", "\"使用 basic 的\"" }) {
            checks.check(q);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("CrossScriptRecallTest: %d queries (%d refused), recall %.4f, precision %.4f, %d wrong, %.1f s%n",
                checks.queries, checks.refused, checks.recall(), checks.precision(), checks.wrong.size(), seconds);
        for (int len = 2; len <= 16; len++) {
            assertTrue(perLength[len] > 0, "no cross-script draw of length " + len);
        }
        assertTrue(checks.queries >= 400, "checked " + checks.queries);
        checks.assertNoneWrong();
    }

    /** Random substring of a raw text, trimmed; widened to whole words on request. */
    private static String draw(String raw, Random r, int len, boolean wholeWords) {
        String norm = Normalizer.normalize(raw);
        int at = r.nextInt(Math.max(1, raw.length() - len + 1)), end = Math.min(raw.length(), at + len);
        if (wholeWords) {
            while (at > 0 && Normalizer.isWordChar(norm.charAt(at - 1)) && Normalizer.isWordChar(norm.charAt(at))) {
                at--;
            }
            while (end < raw.length() && Normalizer.isWordChar(norm.charAt(end - 1)) && Normalizer.isWordChar(norm.charAt(end))) {
                end++;
            }
        }
        return raw.substring(at, end).strip();
    }

    /** Whether the visible characters are of at least two kinds: Han, word (letter or digit), other. */
    private static boolean crossesScripts(String s) {
        String n = Normalizer.normalize(s);
        Set<Character> kinds = new TreeSet<>();
        for (char c : n.toCharArray()) {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                kinds.add(Normalizer.isHan(c) ? 'h' : Normalizer.isWordChar(c) ? 'w' : 'p');
            }
        }
        return kinds.size() >= 2;
    }

    /** The issue's examples on a small folder: what each query must find, and what it must not. */
    @Test
    void theIssuesExamplesFindExactlyWhatWasTyped() throws Exception {
        Examples ex = examples();
        ex.expect("5600元", "the amount as written, not 5600 and 元 apart", "subsidy");
        ex.expect("\"5600元\"", "quoted the same", "subsidy");
        ex.expect("丹纪立〔2024〕9号", "unquoted, the case number is one sequence: not 〔2023〕 with 2024 elsewhere", "case2024");
        ex.expect("\"文件 - 属性\"", "the phrase with its hyphen, spaced or not; no dash, comma, space or nothing instead",
                "hyphen", "hyphen-spaced");
        ex.expect("文件-属性", "punctuation typed must be there; whitespace around it is allowed", "hyphen", "hyphen-spaced");
        ex.expect("\"文件 属性\"", "a space typed between Han characters in quotes: a space or none — not a mark, not another character",
                "space", "joined");
        ex.expect("GOOD_MARK_二", "not GOOD_MARK_一 with 二 elsewhere", "mark2");
        ex.expect("数字2", "Han then digit, a space between allowed; not 数字25, not 数字，2", "digit-spaced");
        ex.expect("13日", "a number is a whole word: 13日, not 113日", "date");
        ex.expect("A栋3号", "A栋3号楼 contains it; BA栋3号 does not (BA is another word)", "plot-building");
        ex.expect("basic的", "a Latin word and a Han character with a space between", "basic");
        ex.expect("3号", "3 before 号 as a whole word", "plot-building", "plot-ba");
        ex.expect("2024", "a bare number still finds every whole 2024", "case2024", "case2023", "date");
        ex.refused("〔〕", "brackets alone are no term");
        ex.refused("-", "a hyphen alone is no term");
        ex.assertAll();
    }

    /**
     * Examples that hold only once {@link Normalizer} folds brackets, hyphen-likes and all common Traditional
     * characters (issue 15, the folding part): the oracle follows the normaliser, these name what it must fold.
     */
    @Test
    void foldedBracketsDashesAndTraditionalWordsFindTheirOtherForms() throws Exception {
        Examples ex = examples();
        ex.expect("[2024]", "square brackets find 〔2024〕", "case2024");
        ex.expect("丹纪立[2024]9号", "the case number typed with square brackets", "case2024");
        ex.expect("文件–属性", "an en dash is a hyphen", "hyphen", "hyphen-spaced");
        ex.expect("對話框", "Traditional 對話框 finds Simplified 对话框", "simplified");
        ex.assertAll();
    }

    private Examples examples() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("subsidy", "领取补助5600元整");
        files.put("archive", "编号5600的档案，另有200元");
        files.put("case2024", "丹纪立〔2024〕9号");
        files.put("case2023", "丹纪立〔2023〕9号，2024年复查");
        files.put("hyphen", "文件-属性");
        files.put("hyphen-spaced", "文件 - 属性");
        files.put("dash", "文件—属性");
        files.put("comma", "文件，属性");
        files.put("space", "文件 属性");
        files.put("joined", "文件属性");
        files.put("other-han", "文件和属性");
        files.put("mark1", "GOOD_MARK_一\n另见二〇二四年的记录");
        files.put("mark2", "标记 GOOD_MARK_二 在此");
        files.put("digit-spaced", "数字 2");
        files.put("digit25", "数字25");
        files.put("digit-comma", "数字，2");
        files.put("date", "2024年3月13日");
        files.put("date113", "第113日");
        files.put("plot-building", "A栋3号楼");
        files.put("plot-ba", "BA栋3号");
        files.put("basic", "使用 basic 的");
        files.put("simplified", "打开对话框");
        Path folder = tmp.resolve("examples");
        Map<String, String> byPath = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = folder.resolve(e.getKey() + ".txt");
            Fixtures.text(f, e.getValue(), StandardCharsets.UTF_8);
            byPath.put(f.toAbsolutePath().normalize().toString(), e.getValue());
        }
        assertEquals(files.size(), search.index(county, List.of(folder), "danfeng-t01", null, Progress.NONE).added());
        return new Examples(folder, byPath);
    }

    /** Named expectations on the example folder, each checked against the search and, to keep it honest, the oracle. */
    private final class Examples {
        private final Path folder;
        private final Map<String, String> byPath;
        private final List<String> wrong = new ArrayList<>();

        Examples(Path folder, Map<String, String> byPath) {
            this.folder = folder;
            this.byPath = byPath;
        }

        void expect(String query, String proves, String... names) {
            Set<String> expected = new TreeSet<>();
            for (String n : names) {
                expected.add(folder.resolve(n + ".txt").toAbsolutePath().normalize().toString());
            }
            try {
                Set<String> oracle = BruteForce.find(byPath, query);
                if (!oracle.equals(expected)) {
                    wrong.add("oracle for " + query + " (" + proves + "): expected " + brief(expected) + " but " + brief(oracle));
                }
            } catch (BruteForce.Refused e) {
                wrong.add("oracle refused " + query + ": " + e.getMessage());
            }
            try {
                SearchResult res = search.search(county, query, 1000);
                Set<String> got = paths(res);
                if (!got.equals(expected) || res.total() != expected.size()) {
                    wrong.add(query + " (" + proves + "): expected " + brief(expected) + " but found " + brief(got)
                            + " (total " + res.total() + ")");
                }
            } catch (QuerySyntaxException e) {
                wrong.add(query + " (" + proves + "): refused: " + e.getMessage());
            }
        }

        void refused(String query, String proves) {
            try {
                BruteForce.find(byPath, query);
                wrong.add("oracle accepted " + query + " (" + proves + ")");
            } catch (BruteForce.Refused e) {
                // as it must
            }
            try {
                search.search(county, query, 10);
                wrong.add(query + " (" + proves + "): accepted, but it must be refused");
            } catch (QuerySyntaxException e) {
                // as it must
            }
        }

        private String brief(Set<String> paths) {
            return paths.stream().map(p -> Path.of(p).getFileName().toString().replace(".txt", ""))
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        void assertAll() {
            assertTrue(wrong.isEmpty(), wrong.size() + " example(s) wrong:\n" + String.join("\n", wrong));
        }
    }

    private static Set<String> paths(SearchResult r) {
        return r.hits().stream().map(SearchHit::path).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each query against the oracle; every difference is kept (and named) so one run shows them all. */
    private final class Checks {
        private final Map<String, String> docs;
        final List<String> wrong = new ArrayList<>();
        int queries, refused;
        long expected, found, correct;

        Checks(Map<String, String> docs) {
            this.docs = docs;
        }

        void check(String query) {
            queries++;
            Set<String> want;
            try {
                want = BruteForce.find(docs, query);
            } catch (BruteForce.Refused e) {
                refused++;
                try {
                    search.search(county, query, 10);
                    wrong.add("«" + query + "»: accepted, but it must be refused (" + e.getMessage() + ")");
                } catch (QuerySyntaxException expectedRefusal) {
                    // as it must
                }
                return;
            }
            Set<String> got = Set.of();
            long total = 0;
            try {
                SearchResult res = search.search(county, query, 1000);
                got = paths(res);
                total = res.total();
            } catch (QuerySyntaxException e) {
                wrong.add("«" + query + "»: refused (" + e.getMessage() + ") but " + want.size() + " files contain it");
            }
            Set<String> hit = new TreeSet<>(got);
            hit.retainAll(want);
            expected += want.size();
            found += got.size();
            correct += hit.size();
            if (total != want.size() || !got.equals(want)) {
                Set<String> missed = new TreeSet<>(want), extra = new TreeSet<>(got);
                missed.removeAll(got);
                extra.removeAll(want);
                wrong.add("«" + query + "»: total " + total + ", expected " + want.size() + "; missed " + names(missed)
                        + ", extra " + names(extra) + (extra.isEmpty() ? "" : " e.g. «" + excerpt(extra.iterator().next()) + "»"));
            }
        }

        private String names(Set<String> paths) {
            return paths.stream().limit(6).map(p -> Path.of(p).getFileName().toString()).collect(Collectors.joining(",", "[",
                    paths.size() > 6 ? ",…]" : "]"));
        }

        private String excerpt(String path) {
            String t = docs.get(path).replace("\n", "⏎").replace("\r", "");
            return t.length() > 80 ? t.substring(0, 80) + "…" : t;
        }

        double recall() {
            return expected == 0 ? 1 : correct / (double) expected;
        }

        double precision() {
            return found == 0 ? 1 : correct / (double) found;
        }

        void assertNoneWrong() {
            List<String> shown = wrong.stream().limit(40).toList();
            assertTrue(wrong.isEmpty(), wrong.size() + " of " + queries + " queries found other files than brute force (recall "
                    + String.format("%.4f", recall()) + ", precision " + String.format("%.4f", precision()) + "):\n"
                    + String.join("\n", shown) + (wrong.size() > shown.size() ? "\n…" : ""));
        }
    }
}
