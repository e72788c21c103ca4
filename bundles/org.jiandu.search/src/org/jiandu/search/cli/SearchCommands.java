package org.jiandu.search.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.CliProgress;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.Progress;
import org.jiandu.search.IndexReport;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.jiandu.search.SearchService;

/** {@code jiandu index} and {@code jiandu search}, present when the search module is installed. */
final class SearchCommands {

    private SearchCommands() {
    }

    static int run(CliContext cli, String cmd, Args args) {
        return switch (cmd) {
            case "index" -> index(cli, args);
            case "bench" -> bench(cli, args);
            case "batch-search" -> batch(cli, args);
            case "reindex" -> reindex(cli, args);
            case "tag" -> tag(cli, args);
            case "folders" -> folders(cli, args);
            default -> search(cli, args);
        };
    }

    private static int index(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("township", "case"), true, (subject, a) -> {
            List<Path> dirs = new ArrayList<>();
            for (int i = 1; a.command(i) != null; i++) {
                dirs.add(cli.path(a.command(i)));
            }
            if (dirs.isEmpty()) {
                throw new UsageException("index needs at least one folder");
            }
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    throw new CliFailure(ExitCode.CHECK_FAILED, "not a folder: " + d.toAbsolutePath().normalize());
                }
            }
            boolean json = a.flag("json");
            Progress progress = new CliProgress(cli.err(), "indexing");
            IndexReport r = cli.service(SearchService.class).index(subject, dirs, a.option("township"), a.option("case"),
                    progress);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("added", r.added());
            m.put("updated", r.updated());
            m.put("deleted", r.deleted());
            m.put("unchanged", r.unchanged());
            m.put("failed", r.failed().stream().map(f -> Map.of("path", f.path(), "error", f.error())).toList());
            m.put("partial", r.partial().stream().map(f -> Map.of("path", f.path(), "note", f.error())).toList());
            if (r.cancelled()) {
                m.put("cancelled", true);
            }
            if (json) {
                cli.out().println(cli.json(m));
            } else {
                cli.out().printf("added %d, updated %d, deleted %d, unchanged %d, failed %d%n", r.added(), r.updated(),
                        r.deleted(), r.unchanged(), r.failed().size());
                r.failed().forEach(f -> cli.out().println("  failed: " + f.path() + ": " + f.error()));
                r.partial().forEach(f -> cli.out().println("  partly indexed: " + f.path() + ": " + f.error()));
            }
            if (!r.failed().isEmpty()) {
                // the run went on past them, but a script must see that not every file is searchable
                throw new CliFailure(ExitCode.CHECK_FAILED, r.failed().size() + " files could not be indexed (listed above)");
            }
            return ExitCode.OK;
        });
    }

    /** The unit id of an indexed file: its first unit (a PDF's first page, an XLSX's first sheet). */
    private static String firstUnit(CliContext cli, org.jiandu.core.security.Subject subject, String file) {
        return cli.service(SearchService.class).unitOf(subject, cli.path(file))
                .orElseThrow(() -> new CliFailure(ExitCode.ERROR, cli.path(file).toAbsolutePath().normalize()
                        + " is not indexed within your scope"));
    }

    private static int reindex(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            if (a.command(1) == null) {
                throw new UsageException("reindex needs the PATH of an indexed file");
            }
            IndexReport r = cli.service(SearchService.class).reindex(subject, firstUnit(cli, subject, a.command(1)));
            r.failed().forEach(f -> cli.out().println("failed: " + f.path() + ": " + f.error()));
            cli.out().println(r.deleted() > 0 ? "the file is gone: removed from the index"
                    : r.failed().isEmpty() ? "re-indexed " + a.command(1) : "could not be read; removed from the index");
            return r.failed().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
        });
    }

    private static int tag(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("remove"), true, (subject, a) -> {
            if (a.command(1) == null || a.command(2) == null) {
                throw new UsageException("tag needs PATH and TAG");
            }
            SearchService s = cli.service(SearchService.class);
            String id = firstUnit(cli, subject, a.command(1));
            try {
                s.tag(subject, id, a.command(2), !a.flag("remove"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            cli.out().println(a.command(1) + ": " + String.join(" ", s.tags(subject, id)));
            return ExitCode.OK;
        });
    }

    private static int folders(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("watch", "unwatch"), true, (subject, a) -> {
            SearchService s = cli.service(SearchService.class);
            try {
                if (a.option("watch") != null) {
                    s.setWatched(subject, cli.path(a.option("watch")), true);
                }
                if (a.option("unwatch") != null) {
                    s.setWatched(subject, cli.path(a.option("unwatch")), false);
                }
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.ERROR, e.getMessage());
            }
            List<org.jiandu.search.ArchiveFolderView> fs = s.folders(subject);
            if (a.flag("json")) {
                cli.out().println(cli.json(fs.stream().map(f -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", f.path());
                    m.put("org", f.orgCode());
                    m.put("case", f.caseNo());
                    m.put("watched", f.watched());
                    m.put("lastIndexed", f.lastIndexed() == null ? null : f.lastIndexed().toString());
                    m.put("olderFormatUnits", f.olderFormatUnits());
                    return m;
                }).toList()));
            } else {
                fs.forEach(f -> cli.out().println((f.watched() ? "[watched] " : "          ") + f.path() + "  " + f.orgCode()
                        + (f.caseNo() == null ? "" : "  case " + f.caseNo())
                        + (f.olderFormatUnits() == 0 ? "" : "  " + f.olderFormatUnits()
                                + " units in an older index format: index this folder again to search them exactly"
                                + " (mixed terms, Traditional characters)")));
            }
            return ExitCode.OK;
        });
    }

    /**
     * {@code jiandu batch-search FILE --out HITS.xlsx}: terms from the first column of a CSV, XLSX or text file
     * (one per line), every match in scope, a summary sheet and a term × document matrix.
     */
    private static int batch(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("out"), true, (subject, a) -> {
            String file = a.command(1);
            String out = a.option("out");
            if (file == null || out == null) {
                throw new UsageException("batch-search needs FILE and --out HITS.xlsx");
            }
            List<String> terms = readTerms(cli.path(file));
            if (terms.isEmpty()) {
                throw new CliFailure(ExitCode.ERROR, file + " contains no terms (one per line, or the first column)");
            }
            org.jiandu.search.BatchResult r = cli.service(SearchService.class).batch(subject, terms, Progress.NONE);
            Path target = cli.path(out).toAbsolutePath();
            OutputFile.write(target, f -> cli.service(SearchService.class).exportBatch(subject, r, f));
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                r.terms().forEach(t -> m.put(t, r.count(t)));
                cli.out().println(cli.json(Map.of("out", target.toString(), "counts", m, "units", r.units().size())));
            } else {
                r.terms().forEach(t -> cli.out().printf("%-20s %d%n", t, r.count(t)));
                cli.out().println("written: " + target);
            }
            return ExitCode.OK;
        });
    }

    static List<String> readTerms(Path file) {
        try {
            return org.jiandu.search.ClearanceCheck.readTerms(file);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** {@code jiandu bench search [--docs N] [--queries N] [--json]}: a throw-away data directory is best. */
    private static int bench(CliContext cli, Args args) {
        if ("query".equals(args.command(1))) {
            return benchQuery(cli, args);
        }
        if (!"search".equals(args.command(1))) {
            throw new UsageException("bench needs a subject: search or query");
        }
        return cli.withDatabase(args, Set.of("docs", "queries"), true, (subject, a) -> {
            int docs = a.option("docs") == null ? 20_000 : Options.positiveInt(a.option("docs"), "--docs");
            int queries = a.option("queries") == null ? 300 : Options.positiveInt(a.option("queries"), "--queries");
            cli.service(org.jiandu.core.SetupService.class).requireBenchmark(subject); // before any folder is made
            Path work;
            try {
                work = Files.createTempDirectory("jiandu-bench");
            } catch (IOException e) {
                throw new CliFailure(ExitCode.ERROR, "cannot create a working folder: " + e.getMessage());
            }
            org.jiandu.search.SearchBenchmark.Report r = cli.service(org.jiandu.search.SearchBenchmark.class)
                    .run(subject, work, docs, queries, msg -> cli.err().println("bench: " + msg));
            if (a.flag("json")) {
                cli.out().println(cli.json(r));
            } else {
                cli.out().printf("search benchmark: %d documents, %.1f MB of text, %d cores%n", r.docs(),
                        r.textBytes() / 1048576.0, Runtime.getRuntime().availableProcessors());
                cli.out().printf("  indexing, pipeline:     %8.0f docs/s  %6.2f MB/s%n", r.pipelineDocsPerSec(), r.pipelineMBPerSec());
                cli.out().printf("  indexing, bare Lucene:  %8.0f docs/s  %6.2f MB/s%n", r.baselineDocsPerSec(), r.baselineMBPerSec());
                cli.out().printf("  ratio pipeline/bare:    %8.2f%n", r.ratio());
                cli.out().printf("  query latency:          p50 %.1f ms, p95 %.1f ms (%d queries)%n", r.queryP50Ms(), r.queryP95Ms(),
                        queries);
                cli.out().printf("  index size / text size: %8.2f%n", r.indexToText());
            }
            return ExitCode.OK;
        });
    }

    /** {@code jiandu bench query [--queries N] [--json]}: query latency over the data directory's own index. */
    private static int benchQuery(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("queries"), true, (subject, a) -> {
            int queries = a.option("queries") == null ? 300 : Options.positiveInt(a.option("queries"), "--queries");
            org.jiandu.search.SearchBenchmark.QueryReport r;
            try {
                r = cli.service(org.jiandu.search.SearchBenchmark.class).queries(subject, queries,
                        msg -> cli.err().println("bench: " + msg));
            } catch (IllegalStateException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, e.getMessage()); // nothing to measure: an ordinary failure
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(r));
            } else {
                cli.out().printf("query latency over %d indexed units, %d cores: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d queries)%n",
                        r.docs(), Runtime.getRuntime().availableProcessors(), r.p50Ms(), r.p95Ms(), r.maxMs(), r.queries());
                cli.out().printf("  index format: %s%n", r.currentFormat() ? "current"
                        : "older units present: searched as before until their folders are indexed again");
                cli.out().printf("  same Han strings, bare Lucene (top 20, exact count): p50 %.1f ms, p95 %.1f ms%n",
                        r.bareP50Ms(), r.bareP95Ms());
                cli.out().printf("  mixed (number and Han, e.g. 补贴1234元), service: p50 %.1f ms, p95 %.1f ms;"
                        + " bare Lucene: p50 %.1f ms, p95 %.1f ms%n",
                        r.mixedP50Ms(), r.mixedP95Ms(), r.bareMixedP50Ms(), r.bareMixedP95Ms());
                cli.out().println("  Han medians by run length: service / bare Lucene");
                for (org.jiandu.search.SearchBenchmark.QueryReport.ByLength l : r.byLength()) {
                    cli.out().printf("    %d characters (%3d queries): %6.1f / %6.1f ms%n", l.length(), l.queries(),
                            l.p50Ms(), l.bareP50Ms());
                }
            }
            return ExitCode.OK;
        });
    }

    private static int search(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("limit", "sort"), true, (subject, a) -> {
            List<String> words = new ArrayList<>();
            for (int i = 1; a.command(i) != null; i++) {
                words.add(a.command(i));
            }
            if (words.isEmpty()) {
                throw new UsageException("search needs a QUERY");
            }
            int limit = a.option("limit") == null ? 20 : Options.positiveInt(a.option("limit"), "--limit");
            String query = String.join(" ", words);
            SearchResult r;
            try {
                String sort = a.option("sort") == null ? "relevance" : a.option("sort");
                if (!sort.equals("relevance") && !sort.equals("date")) {
                    throw new UsageException("--sort is relevance or date");
                }
                r = cli.service(SearchService.class).search(subject, query, limit, sort.equals("date"));
            } catch (QuerySyntaxException e) {
                throw new CliFailure(ExitCode.USAGE, "query error: " + e.getMessage()); // one line; it names the position
            }
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("total", r.total());
                m.put("tookMs", r.tookMs());
                List<Map<String, Object>> hits = new ArrayList<>();
                for (SearchHit h : r.hits()) {
                    Map<String, Object> hm = new LinkedHashMap<>();
                    hm.put("path", h.path());
                    hm.put("title", h.title());
                    hm.put("score", h.score());
                    hm.put("page", h.page());
                    if (h.sheet() != null) {
                        hm.put("sheet", h.sheet());
                    }
                    hm.put("snippets", h.snippets());
                    hits.add(hm);
                }
                m.put("hits", hits);
                m.put("facets", r.facets());
                m.put("duplicates", r.duplicates());
                cli.out().println(cli.json(m));
            } else {
                cli.out().println(r.total() + " matches (" + r.tookMs() + " ms)");
                for (SearchHit h : r.hits()) {
                    cli.out().println(h.path() + (h.page() == null ? "" : h.sheet() != null ? " [" + h.sheet() + "]"
                            : " p." + h.page()));
                    h.snippets().forEach(s -> cli.out().println("    " + s));
                }
            }
            return ExitCode.OK;
        });
    }
}
