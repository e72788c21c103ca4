package org.jiandu.training.cli;

import java.util.List;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.osgi.service.component.annotations.Component;

/** The training module's commands of {@code jiandu}. */
@Component(service = CliCommand.class)
public class TrainingCli implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("training", "bench training");
    }

    @Override
    public Set<String> flags() {
        return Set.of("good-rows");
    }

    @Override
    public int run(CliContext cli, Args args) {
        return "bench".equals(args.command(0)) ? TrainingCommands.bench(cli, args) : TrainingCommands.run(cli, args);
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              training import FILE.xlsx [--kind roster|attendance] [--map field=Header,...] [--good-rows]
                                                 rosters or attendance; any bad row: nothing imported
              training compliance [--year Y] [--as-of DATE] [--out FILE.xlsx|FILE.pdf] [--json]
              training compliance --years 2021-2025 [--json]   one line per year (a term's trend)
                                                 who is behind on which rule (all-staff, hours, pre-job, ...)
              training transcript CADRE [--out FILE.xlsx|FILE.pdf] [--json]
                                                 a cadre's sessions, rotations and requirements
              training sessions [--year Y] [--kind K] [--text T]   training sessions in your scope
              training session CODE --kind K --title T --start DATE [--end DATE] [--hours H] [--capacity N]
                       [--trainer USER] [--place P] [--org CODE] [--regulation R --effective DATE]
              training rules | training rule CODE [--amount N] [--due-soon DAYS] [--active yes|no]
              training certificate SESSION CADRE completion certificate (PDF, kept in the data directory)
              training assign [--as-of DATE]     enrol everyone a rule requires in the next fitting session
              training confirm CADRE [--on DATE] confirm on post (refused until the pre-job pipeline is done)
              training reelection TOWNSHIP --on DATE   record a re-election (requires basic training)
              training staffing [--year Y]       posts, vacancies, seconded, tenure, training coverage
              training freeze [--year Y] | training diff ID   freeze a year's report; later changes as a diff
              bench training [--rows N] [--cadres N] [--years N] [--runs N]
                                                 import and compliance benchmark (use an empty --data)
            """;
}
