package org.jiandu.patrol.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.LedgerService;

/**
 * {@code jiandu patrol ledger|finding|evidence|close}: the rectification ledger (整改台账). Run through
 * {@link PatrolCommands#guarded}, so a refusal is one line with exit 1 and a denial exit 6.
 */
final class LedgerCommands {

    private LedgerCommands() {
    }

    private static LedgerService service(CliContext cli) {
        return cli.service(LedgerService.class);
    }

    /** Parsed here, not through the training commands: a county build may have patrol without training. */
    private static LocalDate date(String text, String option, LocalDate otherwise) {
        try {
            return text == null ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date like 2026-03-15, not '" + text + "'");
        }
    }

    static int ledger(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("term", "flag", "as-of", "out"), true, (subject, a) -> {
            LedgerFlag flag = null;
            boolean paper = false;
            if (a.option("flag") != null) {
                String f = a.option("flag").toUpperCase(Locale.ROOT).replace('-', '_');
                if (f.equals("PAPER") || f.equals("PAPER_ONLY")) {
                    paper = true;
                } else {
                    try {
                        flag = LedgerFlag.valueOf(f);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--flag is one of overdue, paper, closed_without_evidence, evidence_after_closing,"
                                + " found_again");
                    }
                }
            }
            List<LedgerEntry> rows = service(cli).ledger(subject, PatrolCommands.county(cli, a), PatrolCommands.term(a), flag,
                    date(a.option("as-of"), "--as-of", LocalDate.now()));
            if (paper) {
                rows = rows.stream().filter(LedgerEntry::paperOnly).toList();
            }
            if (a.option("out") != null) {
                OutputFile.write(cli.path(a.option("out")), out -> service(cli).export(subject, PatrolCommands.county(cli, a),
                        PatrolCommands.term(a), date(a.option("as-of"), "--as-of", LocalDate.now()), out));
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(rows.stream().map(LedgerCommands::json).toList()));
            } else {
                for (LedgerEntry e : rows) {
                    cli.out().printf("%5d r%-2d %-22s %-12s %-4s %s %s%n", e.itemId(), e.round(), e.targetName(), e.category(),
                            e.stage().chinese(), e.deadline(), String.join(" ", e.flags().stream().map(LedgerFlag::chinese).toList()));
                }
                long overdue = rows.stream().filter(e -> e.flags().contains(LedgerFlag.OVERDUE)).count();
                long paperOnly = rows.stream().filter(LedgerEntry::paperOnly).count();
                cli.out().println(rows.size() + " items, " + overdue + " overdue, " + paperOnly + " paper-only (纸面整改)");
            }
            return ExitCode.OK;
        });
    }

    static Map<String, Object> json(LedgerEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", e.itemId());
        m.put("version", e.itemVersion());
        m.put("finding", e.findingId());
        m.put("revision", e.revision());
        m.put("round", e.round());
        m.put("target", e.targetCode());
        m.put("targetName", e.targetName());
        m.put("team", e.team());
        m.put("category", e.category());
        m.put("description", e.description());
        m.put("foundOn", e.foundOn().toString());
        m.put("owner", e.owner());
        m.put("deadline", e.deadline().toString());
        m.put("stage", e.stage().name());
        m.put("evidence", e.evidenceName());
        m.put("evidenceOn", e.evidenceOn() == null ? null : e.evidenceOn().toString());
        m.put("closedOn", e.closedOn() == null ? null : e.closedOn().toString());
        m.put("reviewer", e.reviewer());
        m.put("flags", e.flags().stream().map(Enum::name).sorted().toList());
        m.put("paperOnly", e.paperOnly());
        return m;
    }

    /** {@code patrol finding --term T --round N --target CODE --category C --text T --owner O --deadline DATE [--found DATE]}. */
    static int finding(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("term", "round", "target", "category", "text", "owner", "deadline", "found"), true,
                (subject, a) -> {
                    if (a.option("round") == null || a.option("target") == null || a.option("deadline") == null) {
                        throw new UsageException("patrol finding needs --term --round --target --category --text --owner --deadline");
                    }
                    LedgerEntry e = service(cli).addFinding(subject, PatrolCommands.county(cli, a), PatrolCommands.term(a),
                            Options.positiveInt(a.option("round"), "--round"), a.option("target"), a.option("category"), a.option("text"),
                            date(a.option("found"), "--found", LocalDate.now()), a.option("owner"),
                                    date(a.option("deadline"), "--deadline", null));
                    cli.out().println(a.flag("json") ? cli.json(json(e)) : "finding " + e.findingId() + ", item " + e.itemId());
                    return ExitCode.OK;
                });
    }

    /** {@code patrol evidence ITEM FILE [--on DATE]}. */
    static int evidence(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("on"), true, (subject, a) -> {
            if (a.command(3) == null) {
                throw new UsageException("patrol evidence needs ITEM and FILE");
            }
            long item = Options.positiveInt(a.command(2), "ITEM");
            LedgerEntry current = current(cli, subject, item);
            Path file = cli.path(a.command(3));
            try {
                LedgerEntry e = service(cli).attachEvidence(subject, item, current.itemVersion(), file,
                        date(a.option("on"), "--on", LocalDate.now()));
                cli.out().println(a.flag("json") ? cli.json(json(e)) : "evidence attached to item " + item);
            } catch (NoSuchFileException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot keep the evidence " + file + ": there is no such file");
            } catch (AccessDeniedException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot keep the evidence " + file + ": this user may not read it");
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot keep the evidence " + file + ": it cannot be read or copied");
            }
            return ExitCode.OK;
        });
    }

    /**
     * {@code patrol close ITEM [--on DATE]}: the logged-in user closes the item as its reviewer (a county-level user,
     * else exit 6); refused without evidence or with a date before the item's last step (exit 1).
     */
    static int close(CliContext cli, Args args) {
        if (args.option("reviewer") != null) {
            throw new UsageException("--reviewer is not taken: the reviewer is the user who closes the item (--user)");
        }
        return cli.withDatabase(args, Set.of("on"), true, (subject, a) -> {
            if (a.command(2) == null) {
                throw new UsageException("patrol close needs ITEM");
            }
            long item = Options.positiveInt(a.command(2), "ITEM");
            LedgerEntry current = current(cli, subject, item);
            LedgerEntry e = service(cli).close(subject, item, current.itemVersion(), date(a.option("on"), "--on", LocalDate.now()));
            cli.out().println(a.flag("json") ? cli.json(json(e)) : "item " + item + " closed, reviewed by " + e.reviewer());
            return ExitCode.OK;
        });
    }

    /** The ledger row of an item (any term of the county), for its version. */
    private static LedgerEntry current(CliContext cli, org.jiandu.core.security.Subject subject, long item) {
        return service(cli).item(subject, item);
    }
}
