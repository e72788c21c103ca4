package org.jiandu.patrol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jiandu.cli.Cli;
import org.jiandu.cli.InstalledCommands;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code jiandu patrol …} as a user runs it, in process, on the Danfeng demo installation: every failure is one line
 * without Java internals and with the documented exit code (1 a bad file or a refused step, 2 usage, 6 denied).
 */
class PatrolCommandsTest {

    /** What a Java class name or a stack trace looks like in a message. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile("java\\.|javax\\.|com\\.google|Exception|\\bat org\\.|\\$");

    @TempDir
    static Path tmp;

    private static Path data;
    private static String term;
    private static long item;
    private static Path plan;
    /** The people refusals name, by their display names (not their logins). */
    private static final Map<String, String> NAMES = new HashMap<>();

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        data = tmp.resolve("data");
        term = PatrolService.termContaining(LocalDate.now().getYear());
        try (DemoInstallation env = new DemoInstallation(PatrolCommandsTest.class, data)) {
            LedgerEntry e = env.await(LedgerService.class).addFinding(env.login("county"), "danfeng", term, 1, "danfeng-t01-v002",
                    "三资管理", "集体资产出租未公开招标", LocalDate.now().minusDays(10), "村党支部书记", LocalDate.now().plusDays(30));
            item = e.itemId();
            for (String user : List.of("trainer", "viewer", "township")) {
                NAMES.put(user, env.login(user).displayName());
            }
        }
        plan = tmp.resolve("plan.json");
        Run r = run("county", "patrol", "plan", "--term", term, "--steps", "1000", "--json");
        assertEquals(0, r.code(), r.err());
        Files.writeString(plan, r.out());
    }

    private static Run run(String user, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--data", data.toString(), "--county", "danfeng", "--user", user, "--password-stdin"));
        String password = user.equals("admin") ? DemoInstallation.ADMIN_PASSWORD : DemoDataService.DEMO_PASSWORD;
        Cli cli = new Cli(type -> ServiceLookup.await(PatrolCommandsTest.class, type, 10_000),
                () -> InstalledCommands.await(PatrolCommandsTest.class, 10_000), dir -> {
            ServiceRegistration<DataDirectory> reg = FrameworkUtil.getBundle(PatrolCommandsTest.class).getBundleContext()
                    .registerService(DataDirectory.class, dir, null);
            return reg::unregister;
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        int code = cli.run(argv.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** One line naming {@code mentions}, no Java internals, the exit code expected. */
    private static void oneClearLine(Run r, int code, String mentions) {
        String what = "exit " + r.code() + ", stderr: " + r.err();
        assertEquals(code, r.code(), what);
        assertEquals(1, r.err().strip().lines().count(), "one line: " + what);
        assertFalse(JAVA_INTERNALS.matcher(r.err()).find(), "no Java internals: " + what);
        assertTrue(r.err().contains(mentions), "names " + mentions + ": " + what);
    }

    @Test
    void checkingABrokenPlanFileSaysWhatIsWrongInOneLine() throws Exception {
        String good = Files.readString(plan);
        Path truncated = Files.writeString(tmp.resolve("truncated.json"), good.substring(0, good.length() / 2));
        oneClearLine(run("county", "patrol", "check", truncated.toString()), 1, "truncated.json");
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        oneClearLine(run("county", "patrol", "check", empty.toString()), 1, "empty.json");
        oneClearLine(run("county", "patrol", "check", tmp.resolve("missing.json").toString()), 1, "missing.json");
        Path shape = Files.writeString(tmp.resolve("shape.json"), "{\"rounds\":[{\"round\":1,\"assignments\":[{\"team\":\"x\"}]}]}");
        oneClearLine(run("county", "patrol", "check", shape.toString()), 1, "shape.json");
        Path list = Files.writeString(tmp.resolve("list.json"), "[1,2,3]");
        oneClearLine(run("county", "patrol", "check", list.toString()), 1, "list.json");
        Path binary = Files.write(tmp.resolve("plan.xlsx"), new byte[] { 'P', 'K', 3, 4, 0, 0, (byte) 0xff });
        oneClearLine(run("county", "patrol", "check", binary.toString()), 1, "plan.xlsx");
        assertEquals(0, run("county", "patrol", "check", plan.toString()).code(), "the good plan passes");
    }

    @Test
    void aRoleThatMayNotIsDeniedWithExitSix() {
        oneClearLine(run("trainer", "patrol", "ledger", "--term", term), 6, NAMES.get("trainer"));
        oneClearLine(run("trainer", "patrol", "check", plan.toString()), 6, NAMES.get("trainer"));
        oneClearLine(run("viewer", "patrol", "plan", "--term", term, "--steps", "10"), 6, NAMES.get("viewer"));
        oneClearLine(run("township", "patrol", "finding", "--term", term, "--round", "1", "--target", "danfeng-t01-v003",
                "--category", "三资管理", "--text", "乡镇自己记录", "--owner", "村书记", "--deadline", LocalDate.now().toString()), 6,
                NAMES.get("township"));
        oneClearLine(run("township", "patrol", "close", String.valueOf(item)), 6, NAMES.get("township"));
    }

    @Test
    void badLedgerInputIsRefusedInOneLine() throws Exception {
        oneClearLine(run("county", "patrol", "evidence", String.valueOf(item), tmp.resolve("nothing.pdf").toString()), 1, "nothing.pdf");
        Path empty = Files.writeString(tmp.resolve("empty.pdf"), "");
        oneClearLine(run("county", "patrol", "evidence", String.valueOf(item), empty.toString()), 1, "empty.pdf");
        oneClearLine(run("county", "patrol", "close", String.valueOf(item)), 1, String.valueOf(item));
        oneClearLine(run("county", "patrol", "close", "999999"), 1, "999999");
        oneClearLine(run("county", "patrol", "finding", "--term", term, "--round", "1", "--target", "nowhere", "--category", "x",
                "--text", "y", "--owner", "z", "--deadline", LocalDate.now().toString()), 1, "nowhere");
        oneClearLine(run("county", "patrol", "ledger", "--term", "2026"), 1, "2026");
        oneClearLine(run("county", "patrol", "close", String.valueOf(item), "--reviewer", "county"), 2, "--reviewer");
    }
}
