package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.search.IndexReport;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.jiandu.search.internal.LuceneSearchService;
import org.junit.jupiter.api.Test;

class SearchServiceTest extends DemoSearchTest {

    private Set<String> paths(SearchResult r) {
        return r.hits().stream().map(SearchHit::path).collect(Collectors.toSet());
    }

    /**
     * The unforgivable failure is a missed document. Over a corpus drawn from a small alphabet (so substrings
     * repeat across documents), every substring of length 1 to 8 must find exactly the documents containing it.
     */
    @Test
    void everySubstringOfEveryLengthFindsExactlyTheDocumentsThatContainIt() throws Exception {
        Random r = new Random(7);
        Map<Path, String> docs = corpus(tmp.resolve("corpus"), r, 120);
        IndexReport rep = search.index(county, List.of(tmp.resolve("corpus")), "danfeng-t01", null, Progress.NONE);
        assertEquals(120, rep.added());
        assertTrue(((LuceneSearchService) search).currentFormat());
        assertRecall(docs, r, 400);
    }

    /**
     * An archive indexed by an earlier release (format 1: bigrams; format 2: trigrams too) must not lose a single hit
     * after the upgrade: its units are searched as they always were until every unit is in the current format, and
     * indexing its folder again (as the workbench does for watched folders at start) rewrites its units.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = { 1, 2 })
    void anArchiveInAnEarlierIndexFormatIsSearchedExactlyAndUpgradedByIndexingItAgain(int format) throws Exception {
        LuceneSearchService service = (LuceneSearchService) search;
        Random r = new Random(11);
        Path old = tmp.resolve("old"), fresh = tmp.resolve("new");
        Map<Path, String> docs = new TreeMap<>(corpus(old, r, 60));
        service.writeFormat(format);
        try {
            assertEquals(60, search.index(county, List.of(old), "danfeng-t01", null, Progress.NONE).added());
        } finally {
            service.writeFormat(3);
        }
        assertFalse(service.currentFormat());
        assertEquals(60, olderUnits(old), "the folder list says which folder to index again");
        assertRecall(docs, r, 200);

        docs.putAll(corpus(fresh, r, 30)); // new units beside the old ones: still exact over both
        assertEquals(30, search.index(county, List.of(fresh), "danfeng-t01", null, Progress.NONE).added());
        assertFalse(service.currentFormat());
        assertRecall(docs, r, 200);

        IndexReport again = search.index(county, List.of(old), "danfeng-t01", null, Progress.NONE);
        assertEquals(60, again.updated(), "every unit of the earlier format is rewritten");
        assertEquals(0, again.unchanged());
        assertTrue(service.currentFormat());
        assertEquals(0, olderUnits(old));
        assertEquals(0, olderUnits(fresh));
        assertRecall(docs, r, 200);
        assertEquals(60, search.index(county, List.of(old), "danfeng-t01", null, Progress.NONE).unchanged());
    }

    /**
     * Units of an earlier format were folded with the earlier table (話 stayed 話): they are searched with that
     * folding until re-indexed — never with one they were not written with, which would lose them — and mixed
     * terms find at least what they found before. After indexing again, the complete folding and exact mixed terms.
     */
    @Test
    void olderUnitsAreSearchedWithTheFoldingTheyWereWrittenWith() throws Exception {
        LuceneSearchService service = (LuceneSearchService) search;
        Path old = tmp.resolve("old2");
        Fixtures.text(old.resolve("trad.txt"), "會議上打開對話框,領取補助5600元整", StandardCharsets.UTF_8);
        Fixtures.text(old.resolve("apart.txt"), "编号5600的档案,另有200元", StandardCharsets.UTF_8);
        service.writeFormat(2);
        try {
            search.index(county, List.of(old), "danfeng-t01", null, Progress.NONE);
        } finally {
            service.writeFormat(3);
        }
        assertEquals(1, search.search(county, "對話框", 10).total(), "found as before the upgrade");
        assertEquals(1, search.search(county, "会议", 10).total(), "會議 was folded then too");
        assertEquals(2, search.search(county, "5600元", 10).total(), "number and unit apart, as before: nothing lost");
        search.index(county, List.of(old), "danfeng-t01", null, Progress.NONE);
        assertTrue(service.currentFormat());
        assertEquals(1, search.search(county, "對話框", 10).total());
        assertEquals(1, search.search(county, "对话框", 10).total(), "the complete folding after indexing again");
        assertEquals(1, search.search(county, "5600元", 10).total(), "exact after indexing again");
    }

    private long olderUnits(Path folder) {
        return search.folders(county).stream().filter(f -> f.path().equals(folder.toAbsolutePath().normalize().toString()))
                .findFirst().orElseThrow().olderFormatUnits();
    }

    /** Texts over a small alphabet (so substrings repeat across documents), with spaces and Latin breaking runs. */
    private static Map<Path, String> corpus(Path folder, Random r, int n) throws Exception {
        String alphabet = "张王李赵刘陈杨黄周吴纪委监察违规违纪资金补贴谈话笔录举报信访镇村书记主任会议";
        Map<Path, String> docs = new TreeMap<>(); // a fixed order: the queries drawn from it repeat run after run
        for (int d = 0; d < n; d++) {
            StringBuilder sb = new StringBuilder();
            int len = 40 + r.nextInt(200);
            for (int i = 0; i < len; i++) {
                sb.append(r.nextInt(12) == 0 ? ' ' : r.nextInt(25) == 0 ? 'x' : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            Path f = folder.resolve("d" + d + ".txt");
            Fixtures.text(f, sb.toString(), d % 3 == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
            docs.put(f.toAbsolutePath().normalize(), sb.toString());
        }
        return docs;
    }

    /**
     * The unforgivable failure is a missed document: substrings of length 1 to 8 of the texts must each find
     * exactly the documents containing them, with an exact total.
     */
    private void assertRecall(Map<Path, String> docs, Random r, int queries) throws Exception {
        List<String> texts = new ArrayList<>(docs.values());
        int checked = 0;
        for (int q = 0; q < queries; q++) {
            String src = texts.get(r.nextInt(texts.size()));
            int len = 1 + q % 8;
            int at = r.nextInt(Math.max(1, src.length() - len));
            String needle = src.substring(at, Math.min(src.length(), at + len)).trim();
            if (needle.isEmpty() || !needle.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            Set<String> expected = new HashSet<>();
            docs.forEach((path, text) -> {
                if (text.contains(needle)) {
                    expected.add(path.toString());
                }
            });
            SearchResult res = search.search(county, needle, 1000);
            assertEquals(expected.size(), res.total(), "total for " + needle);
            assertEquals(expected, paths(res), "documents for '" + needle + "'");
            checked++;
        }
        assertTrue(checked > queries / 2, "checked " + checked); // most draws are all Han
    }

    @Test
    void andOrNotQuotesFieldsAndNormalisation() throws Exception {
        Path f = tmp.resolve("mix");
        Fixtures.text(f.resolve("a.txt"), "張三 問題 报告 ABC123 fund transfer", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("b.txt"), "李四 问题 报告", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("c.txt"), "王五 会议 funds transferred", StandardCharsets.UTF_8);
        search.index(county, List.of(f), "danfeng-t02", "2024-001", Progress.NONE);
        assertEquals(2, search.search(county, "问题", 10).total(), "Traditional 問題 found by Simplified");
        assertEquals(1, search.search(county, "张三", 10).total(), "Simplified finds 張三");
        assertEquals(1, search.search(county, "问题 李四", 10).total());
        assertEquals(3, search.search(county, "问题 OR 会议", 10).total());
        assertEquals(1, search.search(county, "问题 -李四", 10).total());
        assertEquals(1, search.search(county, "ＡＢＣ１２３", 10).total(), "full-width finds half-width");
        assertEquals(1, search.search(county, "\"fund transfer\"", 10).total());
        assertEquals(2, search.search(county, "fund*", 10).total());
        assertEquals(1, search.search(county, "transfr~1", 10).total());
        assertEquals(3, search.search(county, "case:2024-001 报告 OR 会议", 10).total());
        assertEquals(0, search.search(county, "township:danfeng-t01 问题", 10).total());
        assertEquals(2, search.search(county, "township:danfeng-t02 问题", 10).total());
        assertEquals(3, search.search(county, "type:txt", 10).total());
        Files.setLastModifiedTime(f.resolve("b.txt"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        search.index(county, List.of(f), "danfeng-t02", "2024-001", Progress.NONE);
        assertTrue(search.search(county, "报告", 10, true).hits().get(0).path().endsWith("b.txt"), "newest first");
        assertTrue(search.search(county, "报告", 10, true).hits().stream().allMatch(h -> !Float.isNaN(h.score())));
        SearchResult r = search.search(county, "报告", 10);
        assertTrue(r.hits().get(0).snippets().get(0).contains("【报告】"), r.hits().get(0).snippets().toString());
        assertEquals(2L, r.facets().get("township").get("danfeng-t02"));
        assertEquals(2L, r.facets().get("type").get("txt"));
    }

    @Test
    void malformedQueriesSayWhereTheyAreWrong() {
        assertSyntax("\"未闭合", "never closed", 0);
        assertSyntax("问题 OR", "OR needs a term", 3);
        assertSyntax("OR 问题", "OR needs a term", 0);
        assertSyntax("-问题", "at least one term", 0);
        assertSyntax("colour:red", "unknown field 'colour:'", 0);
        assertSyntax("year:24", "four-digit year", 5);
        assertSyntax("   ", "empty", 0);
        assertSyntax("问题 -", "- must stand", 3);
    }

    private void assertSyntax(String q, String message, int position) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(county, q, 10), q);
        assertTrue(e.getMessage().contains(message), q + " → " + e.getMessage());
        assertEquals(position, e.position(), q + " → " + e.getMessage());
    }

    @Test
    void scopeFiltersHitsCountsFacetsAndPreviews() throws Exception {
        Fixtures.text(tmp.resolve("t1/x.txt"), "共同的词 甲镇材料", StandardCharsets.UTF_8);
        Fixtures.text(tmp.resolve("t2/y.txt"), "共同的词 乙镇材料", StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("t1")), "danfeng-t01", null, Progress.NONE);
        search.index(county, List.of(tmp.resolve("t2")), "danfeng-t02", null, Progress.NONE);
        assertEquals(2, search.search(county, "共同的词", 10).total());

        Subject township = env.login("township"); // scoped to danfeng-t01
        SearchResult own = search.search(township, "共同的词", 10);
        assertEquals(1, own.total());
        assertEquals(Set.of(tmp.resolve("t1/x.txt").toString()), paths(own));
        assertFalse(own.facets().get("township").containsKey("danfeng-t02"), own.facets().toString());
        assertEquals(0, search.search(township, "乙镇材料", 10).total());
        String otherId = search.search(county, "乙镇材料", 10).hits().get(0).id();
        assertTrue(search.preview(township, otherId, "乙镇").isEmpty(), "no preview of another township's document");
        assertTrue(search.preview(county, otherId, "乙镇").orElseThrow().contains("【乙镇】"));
        assertThrows(AccessDeniedException.class,
                () -> search.index(township, List.of(tmp.resolve("t2")), "danfeng-t02", null, Progress.NONE));
        assertThrows(AccessDeniedException.class, () -> search.search(env.login("trainer"), "共同的词", 10));

        List<AuditEntry> log = env.await(AuditLog.class).latest(env.login("admin"), 20);
        assertTrue(log.stream().anyMatch(e -> e.getAction().equals("search.preview") && e.getActor().equals("township")));
        assertTrue(log.stream().anyMatch(e -> e.getAction().equals("search.query") && "乙镇材料".equals(e.getTarget())));
    }

    /** A second township account, scoped to danfeng-t02 (the demo's "township" is scoped to danfeng-t01). */
    private Subject otherTownship() throws Exception {
        org.jiandu.core.security.UserService users = env.await(org.jiandu.core.security.UserService.class);
        String once = users.addUser(env.login("admin"), "t02user", "乙镇纪委", org.jiandu.core.security.Role.TOWNSHIP_COMMISSION,
                "danfeng-t02");
        users.changePassword("t02user", once.toCharArray(), "Another-pass-9".toCharArray());
        return users.authenticate("t02user", "Another-pass-9".toCharArray());
    }

    @Test
    void indexingAnotherTownshipsFolderNeverTakesOrDeletesItsDocuments() throws Exception {
        Subject t01 = env.login("township"), t02 = otherTownship();
        Path f = tmp.resolve("t02-folder");
        Fixtures.text(f.resolve("a.txt"), "乙镇的材料 第一版", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("b.txt"), "乙镇的另一份材料", StandardCharsets.UTF_8);
        assertEquals(2, search.index(t02, List.of(f), null, null, Progress.NONE).added());

        Files.writeString(f.resolve("a.txt"), "乙镇的材料 第二版", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Files.delete(f.resolve("b.txt"));
        IndexReport r = search.index(t01, List.of(f), null, null, Progress.NONE); // the other township's folder
        assertEquals(0, r.deleted(), "another owner's entry for a missing file is not deleted");
        assertEquals(0, search.search(t01, "乙镇的材料", 10).total(), "nothing moved under the caller's township");
        assertEquals(1, search.search(t02, "第一版", 10).total(), "the owner's document is left as it was");
        assertEquals(1, search.search(t02, "乙镇的另一份材料", 10).total());
        assertTrue(search.folders(t01).isEmpty(), "the folder record stays with its owner");
        assertEquals(1, search.folders(t02).size());

        IndexReport own = search.index(t02, List.of(f), null, null, Progress.NONE); // the owner catches up
        assertEquals(1, own.updated());
        assertEquals(1, own.deleted());
        assertEquals(1, search.search(t02, "第二版", 10).total());
    }

    @Test
    void aTermLongerThanLuceneAllowsIsClippedAndEveryErrorStaysWithItsFile() throws Exception {
        Path f = tmp.resolve("long");
        Fixtures.text(f.resolve("a-long.txt"), "开头 " + "x".repeat(40_000) + " 结尾", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("b-good.txt"), "正常的材料", StandardCharsets.UTF_8);
        IndexReport r = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(2, r.added() + r.failed().size(), r.toString());
        assertEquals(1, search.search(county, "正常的材料", 10).total(), "the run went on past the long term");
        assertEquals(1, search.search(county, "结尾", 10).total(), "the long term is clipped, the file indexed");
    }

    @Test
    void aVeryLargeTextIsIndexedUpToTheUnitLimitAndSaysSo() throws Exception {
        Path f = tmp.resolve("big");
        StringBuilder sb = new StringBuilder("开头标记\n");
        String line = "关于某某村集体资金管理问题的调查材料第一部分内容记录\n";
        while (sb.length() < 12_000_000) {
            sb.append(line);
        }
        sb.append("结尾标记\n");
        Fixtures.text(f.resolve("huge.txt"), sb.toString(), StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("small.txt"), "另一份材料", StandardCharsets.UTF_8);
        IndexReport r = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(2, r.added(), r.failed().toString());
        assertEquals(1, r.partial().size(), "the large file is reported as partially indexed");
        assertTrue(r.partial().get(0).path().endsWith("huge.txt") && r.partial().get(0).error().contains("first"),
                r.partial().toString());
        assertEquals(1, search.search(county, "开头标记", 10).total());
        assertEquals(1, search.search(county, "另一份材料", 10).total());
    }

    @Test
    void aQueryOverLucenesClauseLimitIsAQueryError() throws Exception {
        Fixtures.text(tmp.resolve("q/a.txt"), "材料 w1", StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("q")), null, null, Progress.NONE);
        StringBuilder q = new StringBuilder("w0");
        for (int i = 1; i < 1100; i++) {
            q.append(" OR w").append(i);
        }
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search.search(county, q.toString(), 10));
        assertTrue(e.getMessage().contains("too many"), e.getMessage());
    }

    @Test
    void benchmarksRunOnlyForAnAdministratorInABenchmarkDirectory() throws Exception {
        org.jiandu.search.SearchBenchmark bench = env.await(org.jiandu.search.SearchBenchmark.class);
        Fixtures.text(tmp.resolve("b/a.txt"), "短文", StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("b")), null, null, Progress.NONE);
        assertThrows(AccessDeniedException.class, () -> bench.queries(county, 5, m -> { }));
        assertThrows(AccessDeniedException.class, () -> bench.queries(env.login("admin"), 5, m -> { }),
                "not in the demo installation's data directory either");
        assertThrows(AccessDeniedException.class, () -> bench.run(env.login("admin"), tmp.resolve("work"), 1, 1, m -> { }));
        assertFalse(Files.exists(tmp.resolve("work/corpus")), "nothing was generated");
    }

    @Test
    void incrementalIndexingAndABadFileInTheBatch() throws Exception {
        Path f = tmp.resolve("inc");
        Fixtures.text(f.resolve("a.txt"), "第一版内容", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("b.txt"), "将被删除", StandardCharsets.UTF_8);
        Fixtures.write(f.resolve("broken.docx"), "garbage".getBytes());
        Fixtures.write(f.resolve("photo.bmp"), new byte[] { 1, 2, 3 });
        IndexReport first = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(2, first.added());
        assertEquals(2, first.failed().size(), first.failed().toString());
        assertTrue(first.failed().stream().anyMatch(e -> e.path().endsWith("broken.docx") && e.error().contains("damaged DOCX")));

        Files.writeString(f.resolve("a.txt"), "第二版内容,更长一些", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Files.delete(f.resolve("b.txt"));
        Fixtures.text(f.resolve("c.txt"), "新增的文件", StandardCharsets.UTF_8);
        IndexReport second = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(1, second.added());
        assertEquals(1, second.updated());
        assertEquals(1, second.deleted());
        assertEquals(0, second.unchanged());
        assertEquals(0, search.search(county, "第一版", 10).total());
        assertEquals(1, search.search(county, "第二版", 10).total());
        assertEquals(0, search.search(county, "将被删除", 10).total());
        IndexReport third = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(2, third.unchanged());
        assertEquals(0, third.added() + third.updated() + third.deleted());
    }

    @Test
    void cancelledIndexingKeepsWhatWasCommittedAndTheNextRunFinishes() throws Exception {
        Path f = tmp.resolve("many");
        for (int i = 0; i < 250; i++) {
            Fixtures.text(f.resolve(String.format("f%03d.txt", i)), "批量文件 " + i, StandardCharsets.UTF_8);
        }
        int[] seen = { 0 };
        IndexReport part = search.index(county, List.of(f), null, null, new Progress() {
            @Override
            public void worked(int done, int total, String current) {
                seen[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return seen[0] >= 120;
            }
        });
        assertTrue(part.cancelled());
        int n = part.added();
        assertTrue(n >= 120 && n < 250, "stopped after " + n);
        assertEquals(0, part.deleted(), "a cancelled run deletes nothing");
        assertEquals(n, search.search(county, "批量文件", 1).total(), "everything indexed before the cancel is there");
        IndexReport rest = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(250 - n, rest.added());
        assertEquals(n, rest.unchanged());
        assertEquals(250, search.search(county, "批量文件", 1).total());
    }

    @Test
    void batchSearchFindsEveryUnitForEveryTermWithinScope() throws Exception {
        Path f = tmp.resolve("batch");
        for (int i = 0; i < 60; i++) { // more than any result page: a batch has no cap
            Fixtures.text(f.resolve("t1/a" + i + ".txt"), "廉政意见回复 张三 材料" + i, StandardCharsets.UTF_8);
        }
        Fixtures.text(f.resolve("t2/b.txt"), "张三 李四", StandardCharsets.UTF_8);
        search.index(county, List.of(f.resolve("t1")), "danfeng-t01", null, Progress.NONE);
        search.index(county, List.of(f.resolve("t2")), "danfeng-t02", null, Progress.NONE);
        org.jiandu.search.BatchResult all = search.batch(county, List.of("张三", "李四", "王五", "张三", "  "), Progress.NONE);
        assertEquals(List.of("张三", "李四", "王五"), all.terms(), "blank and repeated terms dropped, order kept");
        assertEquals(61, all.count("张三"));
        assertEquals(1, all.count("李四"));
        assertEquals(0, all.count("王五"));
        org.jiandu.search.BatchResult own = search.batch(env.login("township"), List.of("张三", "李四"), Progress.NONE);
        assertEquals(60, own.count("张三"), "a township user's batch covers only its township");
        assertEquals(0, own.count("李四"));

        // the export round-trips through our own XLSX reader
        Path out = tmp.resolve("hits.xlsx");
        org.jiandu.core.office.XlsxWriter.write(out, List.of(new org.jiandu.core.office.XlsxWriter.Sheet("汇总",
                List.of(List.<Object>of("检索词", "命中数"), List.<Object>of("张三", 61)))));
        String back = org.jiandu.search.extract.Extractors.extract(out).get(0).text();
        assertTrue(back.contains("张三\t61"), back);
    }

    @Test
    void exportCopiesOriginalsWithAManifestAndSkipsWhatIsOutOfScope() throws Exception {
        Fixtures.text(tmp.resolve("e1/x.txt"), "导出材料 甲", StandardCharsets.UTF_8);
        Fixtures.text(tmp.resolve("e2/y.txt"), "导出材料 乙", StandardCharsets.UTF_8);
        search.index(county, List.of(tmp.resolve("e1")), "danfeng-t01", null, Progress.NONE);
        search.index(county, List.of(tmp.resolve("e2")), "danfeng-t02", null, Progress.NONE);
        List<String> ids = search.search(county, "导出材料", 10).hits().stream().map(SearchHit::id).toList();
        Subject township = env.login("township");
        org.jiandu.search.ExportReport r = search.export(township, ids, tmp.resolve("out"));
        assertEquals(1, r.exported());
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        String sums = Files.readString(r.manifest());
        byte[] copy = Files.readAllBytes(tmp.resolve("out").resolve(sums.trim().split("  ")[1]));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(copy)),
                sums.split("  ")[0]);
        assertEquals("导出材料 甲", new String(copy, StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> search.export(county, ids, tmp.resolve("out")),
                "never into a folder that already has files");
        assertTrue(env.await(AuditLog.class).latest(env.login("admin"), 5).stream()
                .anyMatch(e -> e.getAction().equals(AuditLog.EXPORT) && e.getActor().equals("township")));
    }

    /** An export of many files: its audit entry names them all through the digest of the full manifest. */
    @Test
    void anExportsAuditEntryNamesEveryFileThroughTheManifestDigest() throws Exception {
        for (int i = 0; i < 120; i++) {
            Fixtures.text(tmp.resolve("many/" + "长文件名".repeat(8) + i + ".txt"), "批量导出 " + i, StandardCharsets.UTF_8);
        }
        search.index(county, List.of(tmp.resolve("many")), null, null, Progress.NONE);
        List<String> ids = search.search(county, "批量导出", 200).hits().stream().map(SearchHit::id).toList();
        org.jiandu.search.ExportReport r = search.export(county, ids, tmp.resolve("many-out"));
        assertEquals(120, r.exported());
        byte[] manifest = Files.readAllBytes(tmp.resolve("many-out/MANIFEST.txt"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(manifest));
        AuditEntry e = env.await(AuditLog.class).latest(env.login("admin"), 5).stream()
                .filter(x -> x.getAction().equals(AuditLog.EXPORT)).findFirst().orElseThrow();
        assertTrue(e.getDetail().contains("files=120") && e.getDetail().contains("manifest-sha256=" + sha), e.getDetail());
    }

    /** CI installs Tesseract (chi_sim) and sets JIANDU_TEST_OCR_REQUIRED, so there this test cannot be skipped. */
    @Test
    void scannedImagesAndScannedPdfPagesAreFoundThroughOcr() throws Exception {
        boolean required = "true".equals(System.getenv("JIANDU_TEST_OCR_REQUIRED"));
        if (!org.jiandu.search.extract.Ocr.available()) {
            if (required) {
                throw new AssertionError("OCR tests are required but tesseract with chi_sim is not installed");
            }
            org.junit.jupiter.api.Assumptions.abort("tesseract with chi_sim is not installed");
        }
        Path f = tmp.resolve("scans");
        java.awt.image.BufferedImage img = scan("王小明谈话笔录");
        Files.createDirectories(f);
        javax.imageio.ImageIO.write(img, "png", f.resolve("扫描件.png").toFile());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage()); // page 1: empty
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var x = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan("举报信补贴问题"));
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.drawImage(x, 40, 500, 520, 110);
            }
            doc.save(f.resolve("扫描信件.pdf").toFile());
        }
        IndexReport r = search.index(county, List.of(f), null, null, Progress.NONE);
        assertEquals(2, r.added(), r.failed().toString());
        SearchHit png = search.search(county, "王小明", 10).hits().get(0);
        assertTrue(png.ocr() && png.path().endsWith("扫描件.png"), png.toString());
        SearchHit pdf = search.search(county, "举报信", 10).hits().get(0);
        assertEquals(2, pdf.page());
        assertTrue(pdf.ocr());
        assertEquals(1L, search.search(county, "举报信", 10).facets().get("ocr").get("true"));
        Path cache = env.dir().files().resolve("ocr-cache");
        assertEquals(3, count(cache), "the image and both PDF pages (the blank one too) are recognised once");
        Files.setLastModifiedTime(f.resolve("扫描件.png"), FileTime.fromMillis(System.currentTimeMillis() + 9000));
        assertEquals(1, search.index(county, List.of(f), null, null, Progress.NONE).updated());
        assertEquals(3, count(cache), "re-indexing an unchanged image uses the cache");
    }

    private static long count(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }

    private static java.awt.image.BufferedImage scan(String text) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1000, 220, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font("Noto Sans CJK SC", java.awt.Font.PLAIN, 96));
        g.drawString(text, 30, 150);
        g.dispose();
        return img;
    }

    @Test
    void pagesAndSheetsAreNamedInHitsAndDuplicatesGrouped() throws Exception {
        Path f = tmp.resolve("units");
        Fixtures.xlsx(f.resolve("台账.xlsx"), new String[] { "汇总", "明细" },
                new String[][][] { { { "合计" } }, { { "王小明", "补贴" } } });
        Fixtures.text(f.resolve("copy1.txt"), "重复的材料内容", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("copy2.txt"), "重复的材料内容", StandardCharsets.UTF_8);
        search.index(county, List.of(f), null, null, Progress.NONE);
        SearchHit h = search.search(county, "王小明", 10).hits().get(0);
        assertEquals(2, h.page());
        assertEquals("明细", h.sheet());
        SearchResult dup = search.search(county, "重复的材料", 10);
        assertEquals(1, dup.duplicates().size());
        assertEquals(2, dup.duplicates().get(0).size());
    }
}
