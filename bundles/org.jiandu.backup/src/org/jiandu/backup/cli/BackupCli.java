package org.jiandu.backup.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.backup.RestoreReport;
import org.jiandu.backup.RestoreService;
import org.jiandu.backup.Sizes;
import org.jiandu.backup.internal.BackupMessages;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliProgress;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code jiandu backup | backups | restore}. A backup needs the data directory (an administrator, while no other
 * process holds it: the workbench backs up by itself); the list and the restore need no login: they read backups
 * the OS account holds and write only a new directory.
 */
@Component(service = CliCommand.class)
public class BackupCli implements CliCommand {

    private static final Set<String> GLOBAL = Options.GLOBAL;

    @Override
    public List<String> names() {
        return List.of("backup", "backups", "restore");
    }

    @Override
    public Set<String> flags() {
        return Set.of("verify");
    }

    @Override
    public int run(CliContext cli, Args args) {
        return switch (args.command(0)) {
            case "backups" -> list(cli, args);
            case "restore" -> restore(cli, args);
            default -> backup(cli, args);
        };
    }

    private static int backup(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("to"), true, (subject, a) -> {
            String to = a.option("to");
            BackupInfo b;
            CliProgress progress = new CliProgress(cli.err(), BackupMessages.progress_backup);
            try {
                b = cli.service(BackupService.class).backup(subject, to == null ? null : cli.path(to), progress);
            } catch (RuntimeException e) {
                throw Failures.of(e, "backup");
            } finally {
                progress.end(); // before the result or the failure
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(row(b)));
            } else {
                cli.out().println(NLS.bind(BackupMessages.cli_written, new Object[] { b.folder(), b.files(), Sizes.of(b.bytes()) }));
            }
            b.notes().forEach(n -> cli.err().println(NLS.bind(BackupMessages.cli_note, n)));
            return ExitCode.OK;
        });
    }

    private static int list(CliContext cli, Args args) {
        allow(args, "verify");
        Path folder = cli.installation(args).dataDir().resolve("backups");
        List<BackupInfo> all = cli.service(RestoreService.class).list(folder, args.flag("verify"));
        if (args.flag("json")) {
            cli.out().println(cli.json(all.stream().map(BackupCli::row).toList()));
        } else if (all.isEmpty()) {
            cli.err().println(NLS.bind(BackupMessages.cli_none, folder));
        } else {
            cli.out().println(BackupMessages.cli_header);
            for (BackupInfo b : all) {
                cli.out().println(b.name() + "  " + kind(b.kind()) + "  " + Sizes.of(b.bytes()) + "  " + age(b.created()) + "  "
                        + state(b));
            }
        }
        return all.stream().anyMatch(b -> b.state() == BackupInfo.State.DAMAGED) ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    private static int restore(CliContext cli, Args args) {
        allow(args, "db-key");
        String backup = args.command(1);
        if (backup == null) {
            throw new UsageException(BackupMessages.cli_needs_backup);
        }
        String data = args.option("data");
        if (data == null) {
            throw new UsageException(BackupMessages.cli_needs_data);
        }
        String key = args.option("db-key");
        RestoreReport r;
        CliProgress progress = new CliProgress(cli.err(), BackupMessages.progress_restore);
        try {
            r = cli.service(RestoreService.class).restore(cli.path(backup), cli.path(data), key == null ? null : cli.path(key),
                    progress);
        } catch (RuntimeException e) {
            throw Failures.of(e, "restore");
        } finally {
            progress.end(); // before the result or the failure
        }
        if (args.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", r.target().toString());
            m.put("files", r.files());
            m.put("bytes", r.bytes());
            m.put("auditEntries", r.auditEntries());
            m.put("notes", r.notes());
            cli.out().println(cli.json(m));
        } else if (r.auditEntries() >= 0) {
            cli.out().println(NLS.bind(BackupMessages.cli_restored, new Object[] { r.target(), r.files(), Sizes.of(r.bytes()),
                    r.auditEntries() }));
        } else {
            cli.out().println(NLS.bind(BackupMessages.cli_restored_server, new Object[] { r.target(), r.files(),
                    Sizes.of(r.bytes()) }));
        }
        r.notes().forEach(n -> cli.err().println(NLS.bind(BackupMessages.cli_note, n)));
        return ExitCode.OK;
    }

    private static void allow(Args args, String own) {
        Set<String> known = new HashSet<>(GLOBAL);
        known.add(own);
        args.allow(known);
    }

    /** A backup as the command line's JSON: names and numbers only. */
    private static Map<String, Object> row(BackupInfo b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("folder", b.folder().toString());
        m.put("kind", b.kind());
        m.put("created", b.created() == null ? null : b.created().toString());
        m.put("files", b.files());
        m.put("bytes", b.bytes());
        m.put("version", b.version());
        m.put("county", b.county());
        m.put("database", b.database());
        m.put("state", b.state().name().toLowerCase(Locale.ROOT));
        m.put("problem", b.problem());
        m.put("notes", b.notes());
        return m;
    }

    private static String kind(String kind) {
        if (BackupInfo.DAILY.equals(kind)) {
            return BackupMessages.kind_daily;
        }
        return BackupInfo.BEFORE_UPDATE.equals(kind) ? BackupMessages.kind_before_update : BackupMessages.kind_manual;
    }

    private static String state(BackupInfo b) {
        return switch (b.state()) {
            case VERIFIED -> BackupMessages.state_verified;
            case COMPLETE -> BackupMessages.state_complete;
            case DAMAGED -> NLS.bind(BackupMessages.cli_damaged, b.problem());
        };
    }

    private static String age(Instant created) {
        if (created == null) {
            return "?";
        }
        Duration d = Duration.between(created, Instant.now());
        if (d.toDays() > 0) {
            return NLS.bind(BackupMessages.age_days, d.toDays());
        }
        return d.toHours() > 0 ? NLS.bind(BackupMessages.age_hours, d.toHours())
                : NLS.bind(BackupMessages.age_minutes, Math.max(0, d.toMinutes()));
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              backup [--to DIR] [--json]         a consistent backup of the whole installation into backups/ (or
                                                 DIR), with a SHA-256 manifest (administrator; db.key is not in it)
              backups [--verify] [--json]        the installation's backups: kind, size, age, checked (exit 1 if one
                                                 is damaged); --verify checks every hash
              restore BACKUP --data NEWDIR [--db-key FILE] [--json]
                                                 checks every hash and the audit chain, then rebuilds the installation
                                                 in NEWDIR (new or empty; no login); a damaged backup is refused
            """;
}
