package org.jiandu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.jiandu.core.Progress;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.search.Normalizer;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchBenchmark;
import org.jiandu.search.SearchService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Generates a Chinese corpus (sentences drawn from the vocabulary of grassroots supervision reports, names,
 * places, numbers), indexes it through the search service and, as the baseline, with the same token streams
 * into a bare Lucene index, then times substring queries through the service.
 */
@Component(service = SearchBenchmark.class)
public class SearchBench implements SearchBenchmark {

    private static final String[] WORDS = ("纪检监察 监督检查 审查调查 信访举报 问题线索 初步核实 立案审查 违规违纪 党纪处分 政务处分 "
            + "谈话函询 诫勉谈话 批评教育 乡村振兴 衔接资金 惠农补贴 集体经济 三资管理 小微权力 村务公开 监督委员会 "
            + "镇纪委书记 专职干部 巡察整改 纸面整改 专项整治 警示教育 廉政教育 作风建设 形式主义 官僚主义 吃拿卡要 "
            + "虚报冒领 截留挪用 优亲厚友 侵害群众利益 一卡通 补贴资金 工程项目 招标投标 财务报销 公款吃喝 违规收受 "
            + "礼品礼金 报告 笔录 材料 会议 通知 决定 意见 情况说明 核查 发现 反映 要求 责令 退还 追缴 整改 落实 "
            + "群众 干部 书记 主任 会计 村委会 镇政府 县委 县纪委监委 商洛市 商州区 洛南县 丹凤县 商南县 山阳县 镇安县 柞水县").split(" ");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅海波宁飞俊峰";

    @Reference
    SearchService search;

    @Reference
    DataDirectory data;

    /** Benchmarks write generated rows: only an administrator, only in a data directory made for a benchmark. */
    @Reference
    org.jiandu.core.SetupService setup;

    @Override
    public Report run(Subject subject, Path work, int docs, int queries, Consumer<String> log) {
        setup.requireBenchmark(subject);
        try {
            Path corpus = work.resolve("corpus");
            Files.createDirectories(corpus);
            Random r = new Random(20240712L);
            long bytes = 0;
            List<String> samples = new ArrayList<>();
            log.accept("generating " + docs + " documents in " + corpus);
            for (int d = 0; d < docs; d++) {
                String text = document(r);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                if (samples.size() < 2000 && r.nextInt(Math.max(1, docs / 2000)) == 0) {
                    samples.add(text);
                }
                Path dir = corpus.resolve(String.format("%03d", d % 500));
                if (d < 500) {
                    Files.createDirectories(dir);
                }
                Files.writeString(dir.resolve("d" + d + ".txt"), text, StandardCharsets.UTF_8);
            }
            double mb = bytes / 1048576.0;

            log.accept("warm-up (not timed), then the baseline: the same token streams into a bare Lucene index");
            baseline(corpus, work.resolve("warmup-index"), Math.min(docs, 3000));
            long t0 = System.nanoTime();
            baseline(corpus, work.resolve("baseline-index"), Integer.MAX_VALUE);
            double baseSec = (System.nanoTime() - t0) / 1e9;

            log.accept("pipeline: SearchService.index");
            long t1 = System.nanoTime();
            search.index(subject, List.of(corpus), null, null, Progress.NONE);
            double pipeSec = (System.nanoTime() - t1) / 1e9;

            log.accept("queries: " + queries + " substrings of 2–6 characters");
            double[] ms = service(subject, needles(samples, r, queries));
            long indexBytes;
            try (Stream<Path> s = Files.walk(data.index())) {
                indexBytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            return new Report(docs, bytes, docs / pipeSec, mb / pipeSec, docs / baseSec, mb / baseSec,
                    (docs / pipeSec) / (docs / baseSec), median(ms), p95(ms),
                    indexBytes, indexBytes / (double) bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public QueryReport queries(Subject subject, int queries, Consumer<String> log) {
        setup.requireBenchmark(subject);
        List<String> samples = new ArrayList<>();
        Random r = new Random(20240712L);
        int docs;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.index()))) {
            docs = reader.numDocs();
            if (docs == 0) {
                throw new IllegalStateException("the index of " + data.root() + " is empty: index documents first");
            }
            StoredFields stored = reader.storedFields();
            // a bounded number of draws: an index of short texts has no unit to take queries from, and drawing
            // until one turns up never ended
            for (int draw = 0; draw < 20_000 && samples.size() < Math.min(2000, docs); draw++) {
                int d = r.nextInt(reader.maxDoc());
                String text = stored.document(d, Set.of("text")).get("text");
                if (text != null && longestHanRun(text) >= 6) {
                    samples.add(text);
                }
            }
            if (samples.isEmpty()) {
                throw new IllegalStateException("no indexed unit of " + data.root()
                        + " has a run of 6 Han characters to draw queries from: index longer Chinese texts first");
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            // a new directory: nothing has been indexed yet, which is the user's to do, not an internal failure
            throw new IllegalStateException("the index of " + data.root() + " is empty: index documents first");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean current = ((LuceneSearchService) search).currentFormat();
        log.accept("index format: " + (current ? "current (" + IndexFormat.CURRENT + ")" : "older units present"));
        log.accept("warm-up: 50 + 50 queries (not timed)");
        service(subject, needles(samples, r, 50));
        service(subject, mixed(samples, r, 50));
        List<String> han = needles(samples, r, queries), mixed = mixed(samples, r, queries);
        if (mixed.isEmpty()) {
            log.accept("no stored unit has a number next to Han characters: no mixed queries");
        }
        log.accept("timing " + queries + " Han and " + queries + " mixed queries over " + docs + " indexed units, then"
                + " the same parsed queries on a bare Lucene searcher");
        double[] ms = service(subject, han), mixedMs = service(subject, mixed);
        double[] bare = bare(han), bareMixed = bare(mixed);
        List<QueryReport.ByLength> byLength = new ArrayList<>();
        for (int len = 2; len <= 6; len++) {
            int l = len;
            int[] at = IntStream.range(0, han.size()).filter(i -> han.get(i).length() == l).toArray();
            if (at.length > 0) {
                byLength.add(new QueryReport.ByLength(len, at.length, median(pick(ms, at)), median(pick(bare, at))));
            }
        }
        return new QueryReport(docs, queries, median(ms), p95(ms), Arrays.stream(ms).max().orElse(0), median(bare),
                p95(bare), median(mixedMs), p95(mixedMs), median(bareMixed), p95(bareMixed), current, byLength);
    }

    private static double[] pick(double[] values, int[] at) {
        return IntStream.of(at).mapToDouble(i -> values[i]).toArray();
    }

    private static double median(double[] values) {
        return values.length == 0 ? Double.NaN : org.jiandu.core.Stats.median(values);
    }

    private static double p95(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.95) - 1];
    }

    /** Latencies (in the order given) of each string's parsed query on a bare searcher: top 20, exact count. */
    private double[] bare(List<String> needles) {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.index()))) {
            IndexSearcher s = new IndexSearcher(reader, SearchIndex.SEARCH_THREADS);
            List<Query> parsed = new ArrayList<>();
            for (String n : needles) {
                parsed.add(QueryParser.parse(n).query());
            }
            for (int i = 0; i < Math.min(50, parsed.size()); i++) {
                s.search(parsed.get(i), new TopScoreDocCollectorManager(20, Integer.MAX_VALUE)); // warm-up
            }
            double[] ms = new double[needles.size()];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                s.search(parsed.get(i), new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Numbers with up to three Han characters before them and the unit after ({@code 补贴1234元}), from the samples. */
    private static List<String> mixed(List<String> samples, Random r, int queries) {
        List<String> out = new ArrayList<>();
        for (int draw = 0; out.size() < queries && draw < 100 * queries; draw++) {
            String s = samples.get(r.nextInt(samples.size()));
            int at = r.nextInt(s.length());
            while (at < s.length() && !Character.isDigit(s.charAt(at))) {
                at++;
            }
            if (at >= s.length() || (at > 0 && Character.isDigit(s.charAt(at - 1)))) {
                continue; // no number after this point, or inside one
            }
            int end = at;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
            int digitsEnd = end, from = at;
            for (int k = r.nextInt(4); k > 0 && from > 0 && Normalizer.isHan(s.charAt(from - 1)); k--) {
                from--;
            }
            if (end < s.length() && Normalizer.isHan(s.charAt(end))) {
                end++;
            }
            if (from < at || end > digitsEnd) {
                out.add(s.substring(from, end));
            }
        }
        while (!out.isEmpty() && out.size() < queries) { // few numbers in the samples: repeat them
            out.add(out.get(r.nextInt(out.size())));
        }
        return out;
    }

    private static int longestHanRun(String text) {
        int best = 0, run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Normalizer.isHan(text.charAt(i)) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** Runs of 2–6 Han characters that occur in the sample texts (each sample has a run of 6). */
    private static List<String> needles(List<String> samples, Random r, int queries) {
        List<String> out = new ArrayList<>();
        while (out.size() < queries) {
            String s = samples.get(r.nextInt(samples.size()));
            int len = 2 + r.nextInt(5);
            int at = r.nextInt(Math.max(1, s.length() - len));
            String needle = s.substring(at, Math.min(s.length(), at + len));
            if (needle.chars().allMatch(c -> Normalizer.isHan((char) c))) {
                out.add(needle);
            }
        }
        return out;
    }

    /** Latencies (in the order given) of the strings through the service: top 20, exact total, facets, snippets, audit. */
    private double[] service(Subject subject, List<String> needles) {
        double[] ms = new double[needles.size()];
        for (int q = 0; q < ms.length; q++) {
            long qt = System.nanoTime();
            try {
                search.search(subject, needles.get(q), 20);
            } catch (QuerySyntaxException e) {
                throw new IllegalStateException(e);
            }
            ms[q] = (System.nanoTime() - qt) / 1e6;
        }
        return ms;
    }

    /** Reads, normalises and tokenises the corpus exactly as the pipeline does, into a bare IndexWriter. */
    private static void baseline(Path corpus, Path index, int max) throws IOException {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig().setRAMBufferSizeMB(64));
                Stream<Path> files = Files.walk(corpus)) {
            int n = 0;
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (n++ >= max) {
                    break;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String norm = IndexFormat.fold(text, IndexFormat.CURRENT);
                Document doc = new Document();
                doc.add(new StringField("path", f.toString(), Field.Store.YES));
                doc.add(new StoredField("text", text));
                IndexFormat.addFields(doc, norm, IndexFormat.CURRENT);
                w.addDocument(doc);
            }
            w.commit();
        }
    }

    private static String document(Random r) {
        StringBuilder sb = new StringBuilder();
        int sentences = 8 + r.nextInt(20);
        for (int s = 0; s < sentences; s++) {
            if (r.nextInt(3) == 0) {
                sb.append(SURNAMES.charAt(r.nextInt(SURNAMES.length()))).append(GIVEN.charAt(r.nextInt(GIVEN.length())));
                if (r.nextBoolean()) {
                    sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
                }
            }
            int words = 3 + r.nextInt(8);
            for (int w = 0; w < words; w++) {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
                if (r.nextInt(6) == 0) {
                    sb.append(r.nextInt(3000)).append("元");
                }
            }
            sb.append(r.nextInt(4) == 0 ? "。\n" : ",");
        }
        return sb.toString();
    }
}
