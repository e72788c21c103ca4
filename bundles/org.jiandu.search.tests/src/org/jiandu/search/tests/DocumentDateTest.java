package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.jiandu.core.Progress;
import org.jiandu.search.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * A document's year is the date written in it, not the day its file was copied: a 2024 report copied today is
 * found under 2024 and sorts among the 2024 documents.
 */
class DocumentDateTest extends DemoSearchTest {

    @Test
    void theYearComesFromTheDateWrittenInTheDocument() throws Exception {
        Path f = tmp.resolve("docs");
        Fixtures.text(f.resolve("report.txt"), "关于日期检验的通报\n应于2031年1月1日前整改。\n丹凤县纪委\n2024年3月15日",
                StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("old.txt"), "日期检验 会议纪要\n二〇二三年十二月二十一日", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("memo.txt"), "日期检验 备忘 2022-07-01 印发", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("undated.txt"), "日期检验 没有日期", StandardCharsets.UTF_8);
        search.index(county, List.of(f), "danfeng-t01", null, Progress.NONE);

        assertEquals(List.of("report.txt"), names(search.search(county, "日期检验 year:2024", 10)),
                "the closing date, not the later deadline nor the file's date");
        assertEquals(List.of("old.txt"), names(search.search(county, "日期检验 year:2023", 10)), "a date in Chinese numerals");
        assertEquals(List.of("memo.txt"), names(search.search(county, "日期检验 year:2022", 10)));
        String thisYear = String.valueOf(Year.now().getValue());
        assertEquals(List.of("undated.txt"), names(search.search(county, "日期检验 year:" + thisYear, 10)),
                "without a date in the text, the file's date");
        SearchResult newest = search.search(county, "日期检验", 10, true);
        assertEquals(List.of("undated.txt", "report.txt", "old.txt", "memo.txt"), names(newest));
        assertTrue(newest.facets().get("year").containsKey("2024"), newest.facets().toString());
    }

    private static List<String> names(SearchResult r) {
        return r.hits().stream().map(h -> Path.of(h.path()).getFileName().toString()).toList();
    }
}
