package org.jiandu.search.cli;

import java.util.List;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.osgi.service.component.annotations.Component;

/** The search module's commands of {@code jiandu}. */
@Component(service = CliCommand.class)
public class SearchCli implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("index", "search", "batch-search", "reindex", "tag", "folders", "case", "bench search", "bench query");
    }

    @Override
    public Set<String> flags() {
        return Set.of("remove", "good-rows");
    }

    @Override
    public int run(CliContext cli, Args args) {
        String cmd = args.command(0);
        return "case".equals(cmd) ? CaseCommands.run(cli, args) : SearchCommands.run(cli, cmd, args);
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              index DIR... [--township CODE] [--case NO] [--json]
                                                 index case materials (incremental; unreadable files listed)
              search QUERY [--limit N] [--sort relevance|date] [--json]
                                                 full-text search within your scope: terms AND, OR, -term,
                                                 "quotes", township: year: type: form: case: tag:, * ? ~
              batch-search FILE --out HITS.xlsx  clearance check: every term of FILE (CSV, XLSX, text) against
                                                 every document in scope; summary and term × document matrix
              reindex PATH                       read one indexed file again (after a change, or for OCR)
              tag PATH TAG [--remove]            tag a document for yourself (★ stars it); tag:TAG finds it
              folders [--watch PATH | --unwatch PATH] [--json]
                                                 indexed archive folders; watched ones update while the
                                                 workbench runs
              case import FILE.xlsx [--good-rows] [--json]
                                                 import cases (案件); header row 案件编号 被审查人 职级 乡镇 违纪类别
                                                 形态 立案日期 结案日期 状态; any bad row imports nothing unless
                                                 --good-rows (exit 1 when refused)
              case list [--text T] [--status S] [--limit N] [--json]
              case add NO --subject NAME --rank R --township CODE --category TEXT [--form 1-4]
                       [--filed DATE] [--closed DATE] [--status 初核|立案|审理|结案]
              bench query [--queries N] [--json]  query latency over this data directory's own index
              bench search [--docs N] [--queries N] [--json]
                                                 search benchmark on a generated corpus (use an empty --data)
            """;
}
