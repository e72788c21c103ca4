package org.jiandu.update.cli;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.Failures;
import org.jiandu.cli.spi.Options;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.update.Available;
import org.jiandu.update.Change;
import org.jiandu.update.Installed;
import org.jiandu.update.Repositories;
import org.jiandu.update.UpdateService;
import org.jiandu.update.internal.UpdateMessages;
import org.osgi.service.component.annotations.Component;

/**
 * {@code jiandu version} and {@code jiandu update}. Reading what is installed or offered needs no login; a change
 * needs an administrator and the data directory (it is backed up first, and the workbench must be closed: it holds
 * the data directory).
 */
@Component(service = CliCommand.class)
public class UpdateCli implements CliCommand {

    private static final Set<String> GLOBAL = Options.GLOBAL;

    @Override
    public List<String> names() {
        return List.of("update", "version");
    }

    @Override
    public int run(CliContext cli, Args args) {
        UpdateService updates = cli.service(UpdateService.class);
        Set<String> known = new HashSet<>(GLOBAL);
        String sub = "version".equals(args.command(0)) ? "version" : args.command(1);
        if (!"version".equals(sub) && !"location".equals(sub) && !"remove".equals(sub)) {
            known.add("from");
        }
        args.allow(known);
        try {
            switch (sub == null ? "" : sub) {
            case "version":
                return version(cli, args, updates);
            case "check":
                return check(cli, args, updates, from(cli, args, updates));
            case "location":
                URI location = Repositories.uri(argument(args, UpdateMessages.cli_needs_location), cli.path("."));
                return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
                    updates.setLocation(subject, location);
                    cli.out().println(NLS.bind(UpdateMessages.cli_location_set, location));
                    return ExitCode.OK;
                });
            case "add", "remove", "":
                break;
            default:
                throw new UsageException(NLS.bind(UpdateMessages.cli_unknown, sub));
            }
            String module = sub == null ? null : argument(args, UpdateMessages.cli_needs_module);
            URI from = "remove".equals(sub) ? null : from(cli, args, updates);
            return cli.withDatabase(args, Set.of("from"), true, (subject, a) -> {
                LineProgress progress = new LineProgress(cli.err());
                Change change;
                try {
                    if ("add".equals(sub)) {
                        change = updates.add(subject, module, from, progress);
                    } else if ("remove".equals(sub)) {
                        change = updates.remove(subject, module, progress);
                    } else {
                        change = updates.update(subject, from, progress);
                    }
                } finally {
                    progress.end();
                }
                report(cli, a, change);
                return ExitCode.OK;
            });
        } catch (IllegalStateException e) {
            throw Failures.of(new IllegalArgumentException(e.getMessage(), e), "update");
        } catch (RuntimeException e) {
            throw Failures.of(e, "update");
        }
    }

    private static String argument(Args args, String missing) {
        String value = args.command(2);
        if (value == null || value.isBlank()) {
            throw new UsageException(missing);
        }
        return value;
    }

    private static URI from(CliContext cli, Args args, UpdateService updates) {
        String named = args.option("from");
        if (named != null) {
            return Repositories.uri(named, cli.path("."));
        }
        return updates.location().orElseThrow(() -> new UsageException(UpdateMessages.no_location));
    }

    private static int version(CliContext cli, Args args, UpdateService updates) {
        Installed i = updates.installed();
        if (args.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("product", i.product());
            m.put("name", i.name());
            m.put("version", i.version());
            m.put("modules", i.modules());
            m.put("titles", new TreeMap<>(i.titles()));
            m.put("folder", i.folder().toString());
            m.put("updateLocation", updates.location().map(URI::toString).orElse(null));
            cli.out().println(cli.json(m));
        } else {
            cli.out().println(NLS.bind(UpdateMessages.cli_version, new Object[] { i.name(), i.product(), i.version(),
                    i.folder() }));
            cli.out().println(NLS.bind(UpdateMessages.cli_modules, list(i.modules(), i::title)));
            updates.location().ifPresent(l -> cli.out().println(NLS.bind(UpdateMessages.cli_location, l)));
        }
        return ExitCode.OK;
    }

    private static int check(CliContext cli, Args args, UpdateService updates, URI from) {
        LineProgress progress = new LineProgress(cli.err());
        Available a;
        try {
            a = updates.check(from, progress);
        } finally {
            progress.end();
        }
        Installed i = updates.installed();
        if (args.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", from.toString());
            m.put("installed", i.version());
            m.put("newer", a.version());
            m.put("modules", a.modules());
            m.put("titles", new TreeMap<>(a.titles()));
            cli.out().println(cli.json(m));
        } else {
            cli.out().println(a.version() == null ? NLS.bind(UpdateMessages.cli_current, from, i.version())
                    : NLS.bind(UpdateMessages.cli_newer, new Object[] { from, a.version(), i.version() }));
            cli.out().println(NLS.bind(UpdateMessages.cli_addable, list(a.modules(), a::title)));
        }
        return ExitCode.OK;
    }

    private static void report(CliContext cli, Args args, Change c) {
        if (args.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", c.before().version());
            m.put("to", c.after().version());
            m.put("added", c.added());
            m.put("removed", c.removed());
            m.put("modules", c.after().modules());
            m.put("backup", c.backup() == null ? null : c.backup().toString());
            cli.out().println(cli.json(m));
            return;
        }
        if (!c.before().version().equals(c.after().version())) {
            cli.out().println(NLS.bind(UpdateMessages.cli_updated, c.before().version(), c.after().version()));
        }
        c.added().forEach(m -> cli.out().println(NLS.bind(UpdateMessages.cli_added, list(List.of(m), c::title))));
        c.removed().forEach(m -> cli.out().println(NLS.bind(UpdateMessages.cli_removed, list(List.of(m), c::title))));
        if (c.backup() != null) {
            cli.out().println(NLS.bind(UpdateMessages.cli_backup, c.backup()));
        }
        cli.err().println(UpdateMessages.cli_next_start);
    }

    /** Modules by the id the commands take and the name their feature gives ("patrol（巡察统筹）"). */
    private static String list(List<String> modules, UnaryOperator<String> titles) {
        return modules.isEmpty() ? UpdateMessages.cli_none : String.join(", ", modules.stream().map(m -> {
            String title = titles.apply(m);
            return title.equals(m) ? m : NLS.bind(UpdateMessages.cli_module, m, title);
        }).toList());
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              version [--json]                   this installation: its build, version, modules, update repository
              update [--from DIR|URL]            installs the newer version from a p2 repository (the build's
                                                 repository folder, its .zip or URL): backs the data up first, takes
                                                 effect at the next start (administrator; workbench closed)
              update check [--from DIR|URL]      what the repository offers: a newer version, modules to add
              update add MODULE [--from DIR|URL] adds a module the build lacks from the repository (administrator)
              update remove MODULE               removes a module; its data stays in the database (administrator)
              update location DIR|URL            where this installation takes its updates from (administrator)
            """;
}
