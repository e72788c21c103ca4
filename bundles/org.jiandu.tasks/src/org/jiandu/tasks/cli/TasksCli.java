package org.jiandu.tasks.cli;

import java.util.List;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.osgi.service.component.annotations.Component;

/** The tasks module's commands of {@code jiandu}. */
@Component(service = CliCommand.class)
public class TasksCli implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("tasks", "bench tasks");
    }

    @Override
    public Set<String> flags() {
        return Set.of("special", "publish", "paper", "warnings");
    }

    @Override
    public int run(CliContext cli, Args args) {
        return "bench".equals(args.command(0)) ? TasksBenchCommand.run(cli, args) : TasksCommands.run(cli, args);
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              tasks issue --period 2026-09 --title T [--special] [--on DATE] LIST.xlsx
                                                 issue a task list (督办清单) from a sheet: task, kind (共性/个性),
                                                 requirement, evidence, points, deadline, bodies (codes, all,
                                                 all-townships, all-units, unit:CODE); all or nothing
              tasks issue --period P --title T --task TITLE --requirement R --deadline DATE --points N --to B,B,..
                                                 [--kind common|specific] [--evidence E]   a list of one task
              tasks copy LIST --period P [--on DATE]   issue a list again for another period
              tasks lists [--period P]  |  tasks bodies  |  tasks body add --code C --name N --kind K --org ORG
              tasks list [--period P | --list ID] [--body CODE] [--as-of DATE] [--json]   tasks and their standing
              tasks due [--as-of DATE]           the work list: due soon, overdue (yellow, red), to verify
              tasks report TASK --text T [--evidence FILE] [--on DATE]    a body's report (线上报告)
              tasks verify TASK accept|return|fail [--note N] [--by DATE] [--on DATE]   (线下核查)
              tasks history TASK                 every report of a task and its verification
              tasks scheme [--from DATE --late-per-day X --late-floor X --per-return X --failed X --missed X
                           --bonus-cap N]        the scoring scheme's versions, or publish the next one
              tasks bonus BODY --period P --points N --reason R
              tasks score --period P [--as-of DATE] [--publish] [--out FILE.xlsx|.pdf]   scores and ranking
              tasks export --period P --out FILE.xlsx|.pdf   the ranking and every task's standing
              tasks loops [--paper] [--as-of DATE]   closed loops (四步闭环) with overdue and paper-only signs
              tasks loop find --body B --category C --text T [--task ID] | assign LOOP --owner O --deadline DATE
                         | rectify LOOP --evidence FILE | account LOOP --note N | close LOOP | history LOOP   [--on DATE]
              tasks duties [--year Y] [--as-of DATE] [--warnings]   main responsibility (主体责任) of units and leaders
              tasks duty record BODY ITEM --text T [--evidence FILE] [--on DATE]   a duty done (履责纪实)
              tasks duty item --code C --title T --for unit|leader --cadence quarterly [--times N] [--year Y]
              bench tasks [--counties N] [--runs N]   a city year scored and ranked (use an empty --data)
            """;
}
