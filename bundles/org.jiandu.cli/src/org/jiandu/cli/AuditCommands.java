package org.jiandu.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;

/** {@code jiandu audit verify|list}: the administrator checks and reads the audit log. */
final class AuditCommands {

    private AuditCommands() {
    }

    static int run(CliContext cli, Args args) {
        if ("list".equals(args.command(1))) {
            return auditList(cli, args);
        }
        if (!"verify".equals(args.command(1))) {
            throw new UsageException("audit needs a subcommand: verify or list");
        }
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            if (subject.role() != Role.ADMINISTRATOR) {
                throw new AccessDeniedException(subject.username() + " may not verify the audit log");
            }
            AuditLog.VerifyResult r = cli.service(AuditLog.class).verify();
            if (a.flag("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("intact", r.intact());
                m.put("entries", r.entries());
                if (!r.intact()) {
                    m.put("firstBadEntry", r.firstBadSeq());
                    m.put("problem", r.problem());
                }
                cli.out().println(cli.json(m));
            } else if (r.intact()) {
                cli.out().println("audit log intact: " + r.entries() + " entries");
            }
            if (!r.intact()) {
                cli.err().println("jiandu: audit log broken at entry " + r.firstBadSeq() + ": " + r.problem());
                return ExitCode.CHECK_FAILED;
            }
            return ExitCode.OK;
        });
    }

    /** The administrator reads the log: newest first, filtered by user, action, target and time. */
    static int auditList(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("actor", "action", "target", "since", "until", "limit"), true, (subject, a) -> {
            int limit = a.intOption("limit", 50);
            if (limit < 1 || limit > 100_000) {
                throw new UsageException("--limit must be between 1 and 100000");
            }
            LocalDate since = day(a, "since");
            LocalDate until = day(a, "until");
            if (since != null && until != null && since.isAfter(until)) {
                throw new UsageException("--since " + since + " is after --until " + until);
            }
            ZoneId here = ZoneId.systemDefault();
            AuditLog.Filter f = new AuditLog.Filter(a.option("actor"), a.option("action"), a.option("target"),
                    since == null ? null : since.atStartOfDay(here).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(here).toInstant());
            List<AuditEntry> entries = cli.service(AuditLog.class).list(subject, f, limit);
            if (a.flag("json")) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (AuditEntry e : entries) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("seq", e.getSeq());
                    m.put("at", e.getAt().toString()); // UTC (ISO-8601 with Z); the text output shows local time
                    m.put("actor", e.getActor());
                    m.put("action", e.getAction());
                    m.put("target", e.getTarget());
                    m.put("detail", e.getDetail());
                    rows.add(m);
                }
                cli.out().println(cli.json(rows));
            } else {
                DateTimeFormatter t = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(ZoneId.systemDefault());
                for (AuditEntry e : entries) {
                    cli.out().println(e.getSeq() + "\t" + t.format(e.getAt()) + "\t" + e.getActor() + "\t" + e.getAction() + "\t"
                            + (e.getTarget() == null ? "" : e.getTarget()) + "\t"
                            + (e.getDetail() == null ? "" : e.getDetail().replace('\n', ' ')));
                }
                cli.err().println(entries.size() + " entries" + (entries.size() == limit ? " (the newest " + limit
                        + "; --limit N for more)" : ""));
            }
            return ExitCode.OK;
        });
    }

    /** A day option (YYYY-MM-DD), a day of this computer's calendar. */
    private static LocalDate day(Args a, String option) {
        String v = a.option(option);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " must be a date like 2026-03-01, not '" + v + "'");
        }
    }
}
