package org.jiandu.search.cli;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.ImportOutput;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.Rank;
import org.jiandu.core.office.ImportReport;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseValidationException;
import org.jiandu.search.CaseView;

/** {@code jiandu case import|list|add}: cases (案件) of the search module. */
final class CaseCommands {

    private CaseCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("case needs import, list or add");
        }
        return switch (sub) {
            case "import" -> importFile(cli, args);
            case "list" -> list(cli, args);
            case "add" -> add(cli, args);
            default -> throw new UsageException("unknown 'case " + sub + "'; one of: import, list, add");
        };
    }

    private static int importFile(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("good-rows"), true, (subject, a) -> {
            String file = a.command(2);
            if (file == null) {
                throw new UsageException("case import needs FILE.xlsx");
            }
            if (!Files.isRegularFile(cli.path(file))) {
                throw new CliFailure(ExitCode.ERROR, "no file " + file);
            }
            ImportReport r = cli.service(CaseService.class).importXlsx(subject, cli.path(file), a.flag("good-rows"));
            if (a.flag("json")) {
                cli.out().println(cli.json(ImportOutput.json(r)));
            } else {
                ImportOutput.print(cli.out(), r);
            }
            return r.imported() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        });
    }

    private static int list(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("text", "status", "limit"), true, (subject, a) -> {
            CaseStatus status = a.option("status") == null ? null : CaseStatus.parse(a.option("status"))
                    .orElseThrow(() -> new UsageException("--status is one of 初核 立案 审理 结案 (preliminary filed trial closed)"));
            int limit = a.option("limit") == null ? 1000 : Options.positiveInt(a.option("limit"), "--limit");
            List<CaseView> found = cli.service(CaseService.class).list(subject, a.option("text"), status, limit);
            if (a.flag("json")) {
                cli.out().println(cli.json(found.stream().map(CaseCommands::json).toList()));
            } else {
                for (CaseView c : found) {
                    cli.out().printf("%-20s %-8s %-6s %-10s %-10s %-8s %s%n", c.caseNo(), c.subjectName(),
                            c.status().chinese(), c.townshipName(), c.filedOn() == null ? "-" : c.filedOn(),
                            c.form() == null ? "-" : c.form().chinese(), c.category());
                }
                cli.out().println(found.size() + " cases");
            }
            return ExitCode.OK;
        });
    }

    private static int add(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("subject", "rank", "township", "category", "form", "filed", "closed", "status"),
                true, (subject, a) -> {
                    String no = a.command(2);
                    if (no == null) {
                        throw new UsageException("case add needs the case number");
                    }
                    Rank rank = null;
                    if (a.option("rank") != null) {
                        try {
                            rank = Rank.valueOf(a.option("rank").toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException("--rank is one of division, section, staff, village");
                        }
                    }
                    DisciplineForm form = a.option("form") == null ? null : DisciplineForm.parse(a.option("form"))
                            .orElseThrow(() -> new UsageException("--form is 1, 2, 3 or 4"));
                    CaseStatus status = a.option("status") == null ? CaseStatus.PRELIMINARY
                            : CaseStatus.parse(a.option("status")).orElseThrow(
                                    () -> new UsageException("--status is one of 初核 立案 审理 结案 (preliminary filed trial closed)"));
                    CaseView draft = new CaseView(0, 0, no, a.option("subject"), rank, a.option("township"), null,
                            a.option("category"), form, date(a.option("filed"), "--filed"), date(a.option("closed"), "--closed"),
                            status);
                    try {
                        CaseView saved = cli.service(CaseService.class).save(subject, draft);
                        if (a.flag("json")) {
                            cli.out().println(cli.json(json(saved)));
                        } else {
                            cli.out().println("saved case " + saved.caseNo() + " (" + saved.townshipName() + ")");
                        }
                        return ExitCode.OK;
                    } catch (CaseValidationException e) {
                        throw new CliFailure(ExitCode.USAGE, "case not saved:\n  " + String.join("\n  ", e.problems()));
                    }
                });
    }

    private static LocalDate date(String text, String option) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date like 2024-03-15, not '" + text + "'");
        }
    }

    private static Map<String, Object> json(CaseView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNo", c.caseNo());
        m.put("subject", c.subjectName());
        m.put("rank", c.rank().name());
        m.put("township", c.townshipCode());
        m.put("townshipName", c.townshipName());
        m.put("category", c.category());
        m.put("form", c.form() == null ? null : c.form().number());
        m.put("filed", c.filedOn() == null ? null : c.filedOn().toString());
        m.put("closed", c.closedOn() == null ? null : c.closedOn().toString());
        m.put("status", c.status().name());
        return m;
    }
}
