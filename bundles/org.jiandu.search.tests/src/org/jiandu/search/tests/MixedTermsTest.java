package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiandu.core.Progress;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What index format 3 adds around the exact matching of mixed terms (whose recall and precision
 * CrossScriptRecallTest checks against brute force): what is marked in snippets and previews, wildcards and fuzzy
 * words inside a term, typed breaks in quotes, and the limits.
 */
class MixedTermsTest extends DemoSearchTest {

    @BeforeEach
    void indexFolder() throws Exception {
        Path f = tmp.resolve("f");
        Fixtures.text(f.resolve("a.txt"), "领取补助 5600 元整，经办人签字。使用basic的方法", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("b.txt"), "编号5600的档案，另有200元。使用basics的方法", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("c.txt"), "会议 纪要：资金 补贴发放", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("d.txt"), "会议纪要：资金补贴发放", StandardCharsets.UTF_8);
        search.index(county, List.of(f), "danfeng-t01", null, Progress.NONE);
    }

    private Set<String> names(String query) throws QuerySyntaxException {
        return search.search(county, query, 50).hits().stream().map(h -> Path.of(h.path()).getFileName().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void snippetsMarkTheTermAsTheTextHasIt() throws Exception {
        SearchResult r = search.search(county, "5600元", 10);
        assertEquals(1, r.total());
        SearchHit hit = r.hits().get(0);
        assertTrue(hit.snippets().get(0).contains("【5600 元】"), "the spaced amount is marked whole: " + hit.snippets());
        String preview = search.preview(county, hit.id(), "5600元 basic").orElseThrow();
        assertTrue(preview.contains("【basic】的"), preview);
        String other = search.search(county, "basics", 10).hits().get(0).id();
        assertTrue(!search.preview(county, other, "basic").orElseThrow().contains("【"), "basics is not the word basic");
    }

    @Test
    void wildcardsAndFuzzyWordsInsideATermStayInTheirPlace() throws Exception {
        assertEquals(Set.of("a.txt", "b.txt"), names("使用basic*的"));
        assertEquals(Set.of("a.txt"), names("使用basi?的"));
        assertEquals(Set.of("a.txt"), names("使用basik~1的"), "basics is two edits away");
        assertEquals(Set.of(), names("使用5600~1的"), "a number in another place is no match");
        assertEquals(Set.of("b.txt"), names("编号56*的"));
        assertEquals(Set.of(), names("ab~2"), "a fuzzy word never matches Chinese characters");
    }

    @Test
    void aTypedBreakBetweenChineseCharactersInQuotesMayBeThereOrNot() throws Exception {
        assertEquals(Set.of("c.txt", "d.txt"), names("\"会议 纪要\""));
        assertEquals(Set.of("c.txt", "d.txt"), names("\"会议 纪要：资金 补贴\""));
        assertEquals(Set.of("d.txt"), names("会议纪要：资金补贴"), "unquoted, a break in the text is a break");
        assertEquals(Set.of("d.txt"), names("\"会议纪要\""));
        assertEquals(Set.of(), names("\"会议纪要 - 资金\""), "typed punctuation must be there");
    }

    /**
     * Marking a wildcard word in snippets must not backtrack: {@code a*a*…b} over a long word of a's (a base64
     * blob in a text file) took exponential time with a regular expression per star.
     */
    @Test
    void aWildcardWithManyStarsOverALongWordIsMarkedInLinearTime() throws Exception {
        Fixtures.text(tmp.resolve("w/blob.txt"), "附件 " + "a".repeat(20_000) + "c 结束 " + "aaaaaaaaaaaab", StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("w")), "danfeng-t01", null, Progress.NONE);
        SearchResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> search.search(county, "a*a*a*a*a*a*a*a*a*a*a*a*b", 10));
        assertEquals(1, r.total());
        assertTrue(r.hits().get(0).snippets().toString().contains("【aaaaaaaaaaaab】"), r.hits().get(0).snippets().toString());
        String preview = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> search.preview(county, r.hits().get(0).id(), "a*a*a*a*a*a*a*a*a*a*a*a*c").orElseThrow());
        assertTrue(preview.contains("【" + "a".repeat(20_000) + "c】"), "the long word itself is marked");
    }

    /** What a Chinese input method types: full-width ～ ？ ＊ are punctuation, “…” quotes, a no-break space separates. */
    @Test
    void fullWidthMarksChineseQuotesAndNoBreakSpacesAreReadAsTyped() throws Exception {
        Path f = tmp.resolve("ime");
        Fixtures.text(f.resolve("range.txt"), "罚款1～2万元", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("ten.txt"), "罚款10万元,另1万元", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("plain.txt"), "他涉嫌贪污受贿。张三与李四", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("quoted.txt"), "所谓“贪污受贿”,是否存在问题？", StandardCharsets.UTF_8);
        search.index(county, List.of(f), "danfeng-t01", null, Progress.NONE);
        assertEquals(Set.of("range.txt"), names("1～2万元"), "～ is a mark, not a fuzzy operator");
        assertEquals(Set.of("quoted.txt"), names("是否存在问题？"), "？ is a mark, not a wildcard");
        assertEquals(Set.of("plain.txt", "quoted.txt"), names("“贪污受贿”"), "Chinese quotes quote");
        assertEquals(Set.of("plain.txt"), names("张三\u00A0李四"), "a no-break space separates terms");
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(county, "-ab~5", 10));
        assertEquals(3, e.position(), "the position of the ~ itself: " + e.getMessage());
    }

    /** Terms are bounded: their phrase, their highlight pattern and the earlier formats' query. */
    @Test
    void overlongTermsAndPhrasesAreRefusedWithTheirPosition() throws Exception {
        QuerySyntaxException breaks = assertThrows(QuerySyntaxException.class,
                () -> search.search(county, "\"一 二 三 四 五 六\"", 10));
        assertTrue(breaks.getMessage().contains("at most 4 spaces"), breaks.getMessage());
        assertEquals(11, breaks.position(), breaks.getMessage());
        QuerySyntaxException longTerm = assertThrows(QuerySyntaxException.class,
                () -> search.search(county, "a" + "-".repeat(5_000) + "a", 10));
        assertTrue(longTerm.getMessage().contains("at most 256"), longTerm.getMessage());
        String id = search.search(county, "会议", 10).hits().get(0).id();
        QuerySyntaxException manyTerms = assertThrows(QuerySyntaxException.class,
                () -> search.preview(county, id, "会议 ".repeat(1_100)));
        assertTrue(manyTerms.getMessage().contains("too many"), manyTerms.getMessage());
        var batch = search.batch(county, List.of("会议", "甲".repeat(300)), Progress.NONE);
        assertEquals(2, batch.hits().get("会议").size());
        assertEquals(List.of(), batch.hits().get("甲".repeat(300)), "a far too long cell matches nothing, the batch goes on");
    }

    @Test
    void aWildcardStandingForTooManyWordsIsRefusedWithAReason() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            many.append("x").append(i).append("号 ");
        }
        Fixtures.text(tmp.resolve("g/many.txt"), many.toString(), StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("g")), "danfeng-t01", null, Progress.NONE);
        assertEquals(1, search.search(county, "x1*", 10).total(), "alone, a wildcard has no limit of ours");
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(county, "x*号", 10));
        assertTrue(e.getMessage().contains("too many"), e.getMessage());
        assertEquals(1, search.search(county, "x1099号", 10).total());
        QuerySyntaxException complex = assertThrows(QuerySyntaxException.class,
                () -> search.search(county, "报告 *a????????????????*", 10));
        assertTrue(complex.getMessage().contains("too complex"), complex.getMessage());
        assertEquals(3, complex.position(), "the position of the wildcard word");
    }
}
