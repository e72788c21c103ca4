package org.jiandu.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.SetupService;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.Installation;

/** {@code jiandu setup} (a real installation) and {@code jiandu demo-data} (a demo one) on a new data directory. */
final class SetupCommands {

    private SetupCommands() {
    }

    static int demoData(CliContext cli, Args a) {
        DemoDataService demo = cli.service(DemoDataService.class);
        Installation inst = cli.installation(a);
        List<CountyProfile> counties = a.flag("all") ? CountyProfile.ALL : List.of(inst.county());
        if (!demo.isEmpty() && cli.service(SetupService.class).state().isDemo()) {
            // a demo load cut short (the process was killed): load what is missing, module by module
            List<String> resumed = demo.resume();
            if (!resumed.isEmpty()) {
                cli.out().println("Resumed the demo data of " + inst.dataDir() + ": loaded " + String.join(", ", resumed));
                return ExitCode.OK;
            }
        }
        if (!demo.isEmpty()) {
            throw new CliFailure(ExitCode.ERROR, "the data directory " + inst.dataDir()
                    + " already holds jurisdiction data; demo data is only loaded into an empty one");
        }
        cli.err().println("Loading demo data for " + (a.flag("all") ? "all of " + CountyProfile.CITY_NAME_ZH : inst.county().nameZh())
                + " …");
        OrgStats s = demo.load(counties, inst.county(), Installation.adminPassword());
        inst.saveSetting(Installation.SETTING_COUNTY, inst.county().id());
        if (a.flag("json")) {
            cli.out().println(cli.json(Map.of("loaded", counties.stream().map(CountyProfile::id).toList(), "villages",
                    s.villages(), "townships", s.townships(), "cadres", s.cadres())));
        } else {
            cli.out().println("Loaded " + s.counties() + " counties, " + s.townships() + " townships, " + s.villages()
                    + " villages, " + s.cadres() + " cadres into " + inst.dataDir());
            cli.out().println("Demo users: " + String.join(", ", DemoDataService.DEMO_USERS)
                    + " (demo only; see README for the passwords)");
        }
        return ExitCode.OK;
    }

    /**
     * Sets up a real installation: the county (fixed by a county build, {@code --county} in the full build), the
     * database ({@code --db-url}, tried before anything is written; its password from {@code JIANDU_DB_PASSWORD},
     * kept for later starts in the data directory, readable by this OS account only) and the first administrator.
     */
    static int setup(CliContext cli, Args a) {
        Installation inst = cli.installation(a);
        SetupService setup = cli.service(SetupService.class);
        if (setup.state() != SetupService.State.NOT_SET_UP) {
            throw new CliFailure(ExitCode.ERROR, "the data directory " + inst.dataDir() + " is already set up ("
                    + (setup.state().isDemo() ? "demo data" : "county " + setup.countyId())
                    + "); setup only runs on a new one");
        }
        CountyProfile county = inst.county();
        if (a.option("county") != null && !Installation.countyChoosable()
                && !county.id().equals(Installation.productCounty().id())) {
            throw new UsageException("this is the " + Installation.productCounty().nameZh()
                    + " build: its installations are for " + Installation.productCounty().id() + " only");
        }
        String admin = a.option("admin");
        if (admin == null || admin.isBlank()) {
            throw new UsageException("setup needs --admin NAME (the first administrator)");
        }
        char[] pw = a.flag("password-stdin") ? cli.readLine() : cli.promptTwice("Password for the administrator " + admin);
        Subject s = setup.setUp(county, admin, a.option("display"), pw);
        inst.saveSetting(Installation.SETTING_COUNTY, county.id());
        Database db = cli.service(Database.class);
        if (a.option("db-url") != null) {
            inst.rememberDatabase(db.config());
        }
        if (a.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("county", county.id());
            m.put("administrator", s.username());
            m.put("database", db.config().safeUrl());
            m.put("dataDirectory", inst.dataDir().toString());
            cli.out().println(cli.json(m));
        } else {
            cli.out().println("Set up " + inst.dataDir() + " for " + county.commissionZh() + " with the administrator "
                    + s.username() + " (" + db.productName() + ").");
            cli.out().println("Next: jiandu template jurisdiction --out FILE.xlsx, fill it in, then jiandu org import FILE.xlsx"
                    + " --user " + s.username());
        }
        return ExitCode.OK;
    }
}
