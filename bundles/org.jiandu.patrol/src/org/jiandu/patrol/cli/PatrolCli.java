package org.jiandu.patrol.cli;

import java.util.List;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.osgi.service.component.annotations.Component;

/** The patrol module's commands of {@code jiandu}. */
@Component(service = CliCommand.class)
public class PatrolCli implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("patrol", "bench patrol");
    }

    @Override
    public int run(CliContext cli, Args args) {
        return "bench".equals(args.command(0)) ? PatrolCommands.bench(cli, args) : PatrolCommands.run(cli, args);
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              patrol plan --term 2026-2030 [--rounds-per-year N] [--seed S] [--steps N] [--out PLAN.xlsx|.pdf] [--json]
                                                 plan (or replan) the county's term: every organisation and village
                                                 once, capacity, recusal, modes; completed rounds kept (exit 1 if
                                                 not feasible, with the reasons)
              patrol check PLAN.json [--json]    re-check every hard constraint of a plan file (exit 1 on violations)
              patrol ledger --term T [--flag overdue|paper|found_again|...] [--out FILE.xlsx|.pdf] [--json]
                                                 the rectification ledger (整改台账) with its flags
              patrol finding --term T --round N --target CODE --category C --text T --owner O --deadline DATE
              patrol evidence ITEM FILE [--on DATE] | patrol close ITEM [--on DATE] (you are the reviewer)
              bench patrol [--steps N] [--runs N]   planner on generated county and city instances
            """;
}
