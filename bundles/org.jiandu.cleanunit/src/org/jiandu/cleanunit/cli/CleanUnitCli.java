package org.jiandu.cleanunit.cli;

import java.util.List;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.osgi.service.component.annotations.Component;

/** The clean-unit module's commands of {@code jiandu}. */
@Component(service = CliCommand.class)
public class CleanUnitCli implements CliCommand {

    @Override
    public List<String> names() {
        return List.of("cleanunit", "bench cleanunit");
    }

    @Override
    public int run(CliContext cli, Args args) {
        return "bench".equals(args.command(0)) ? CleanUnitCommands.bench(cli, args) : CleanUnitCommands.run(cli, args);
    }

    @Override
    public String help() {
        return HELP;
    }

    private static final String HELP = """
              cleanunit report [--year Y] [--out FILE.xlsx|.pdf] [--json]
                                                 clean-unit creation (清廉单元) per kind and township: declared,
                                                 published, revoked, meeting the standard, target, coverage %
              cleanunit score UNIT [--kind K] [--json]   the unit's latest evaluation, indicator by indicator
              cleanunit list [--kind K] [--status S] [--township CODE] [--text T] [--out FILE] [--json]
              cleanunit declare UNIT --kind K [--on DATE]   UNIT: a unit or village code, or a cadre code (family)
              cleanunit step ID ACTION [--reason R] [--on DATE]   start, self_assess, review, verify, notice,
                                                 publish, reject, appeal, uphold, reopen, suspend, reinstate,
                                                 revoke, redeclare
              cleanunit evaluate ID --stage self|on_site|monitoring --scores FILE.csv [--year Y] [--bonus B]
                       [--knockout K1,K2]         FILE.csv: indicator,points[,note] per line
              cleanunit evidence ID INDICATOR FILE | cleanunit event UNIT --text T [--case NO] [--on DATE]
              cleanunit standard KIND [--version N] | standard publish KIND FILE.txt | standard diff KIND A B
              cleanunit target TOWNSHIP --kind K --eligible N --percent P
              bench cleanunit [--units N] [--years N] [--runs N]   city-wide report benchmark (use an empty --data)
            """;
}
