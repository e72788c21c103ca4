package org.jiandu.tasks.tests;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiandu.cli.Cli;
import org.jiandu.cli.InstalledCommands;
import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliCommand;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code jiandu tasks …} as a county's staff run it, in process, on the Danfeng demo installation: a list issued from
 * the county's own sheet, a report, a verification, the work list and the month's ranking published and exported;
 * every failure one line with its exit code (1 refused, 2 usage, 6 denied).
 */
class TasksCommandsTest {

    private static final Pattern JAVA_INTERNALS = Pattern.compile("java\\.|javax\\.|Exception|\\bat org\\.|\\$");

    @TempDir
    static Path tmp;

    private static Path data;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        data = tmp.resolve("data");
        new DemoInstallation(TasksCommandsTest.class, data).close();
    }

    private static Run run(String user, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--data", data.toString(), "--county", "danfeng", "--user", user, "--password-stdin"));
        String password = user.equals("admin") ? DemoInstallation.ADMIN_PASSWORD : DemoDataService.DEMO_PASSWORD;
        Cli cli = new Cli(type -> ServiceLookup.await(TasksCommandsTest.class, type, 10_000),
                () -> InstalledCommands.await(TasksCommandsTest.class, 10_000), dir -> {
                    ServiceRegistration<DataDirectory> reg = FrameworkUtil.getBundle(TasksCommandsTest.class).getBundleContext()
                            .registerService(DataDirectory.class, dir, null);
                    return reg::unregister;
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        int code = cli.run(argv.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void oneClearLine(Run r, int code, String mentions) {
        String what = "exit " + r.code() + ", stderr: " + r.err();
        assertEquals(code, r.code(), what);
        assertEquals(1, r.err().strip().lines().count(), "one line: " + what);
        assertFalse(JAVA_INTERNALS.matcher(r.err()).find(), "no Java internals: " + what);
        assertTrue(r.err().contains(mentions), "names " + mentions + ": " + what);
    }

    /**
     * A command that hits a class its bundle cannot load (a bundle missing from the installation, an import the
     * manifest lacks) exited 0 in silence; it must fail in one line, as every unforeseen failure does.
     */
    @Test
    void aCommandThatCannotLoadAClassFailsInOneLine() {
        CliCommand broken = new CliCommand() {
            @Override
            public List<String> names() {
                return List.of("broken");
            }

            @Override
            public String help() {
                return "";
            }

            @Override
            public int run(CliContext cli, Args args) {
                throw new NoClassDefFoundError("org/bouncycastle/openpgp/operator/KeyFingerPrintCalculator");
            }
        };
        ServiceRegistration<CliCommand> reg = FrameworkUtil.getBundle(TasksCommandsTest.class).getBundleContext()
                .registerService(CliCommand.class, broken, null);
        try {
            Run r = run("admin", "broken");
            assertEquals(ExitCode.ERROR, r.code(), r.err());
            assertTrue(r.err().contains("failed unexpectedly"), r.err());
            assertFalse(r.err().contains("bouncycastle"), r.err());
        } finally {
            reg.unregister();
        }
    }

    @Test
    void aListFromTheCountysSheetToThePublishedRanking() throws Exception {
        LocalDate deadline = LocalDate.now();
        String period = deadline.toString().substring(0, 7);
        Path sheet = tmp.resolve("十一月清单.xlsx");
        XlsxWriter.write(sheet, List.of(new XlsxWriter.Sheet("清单", List.of(
                List.of("任务", "类别", "报告要求", "佐证材料", "分值", "时限", "承办单位"),
                List.of("落实八项规定精神监督检查", "共性", "检查情况及问题清单", "", "10", deadline.toString(), "danfeng-t01、danfeng-t02"),
                List.of("惠农资金专项检查", "个性", "检查报告", "", "15", deadline.toString().replace('-', '/'), "danfeng-t03")))));
        Run issued = run("county", "tasks", "issue", "--period", period, "--title", "测试月度清单", "--on", deadline.minusDays(7).toString(),
                sheet.toString());
        assertEquals(0, issued.code(), issued.err());
        Matcher m = Pattern.compile("list (\\d+) issued: 2 tasks, 3 body tasks").matcher(issued.out());
        assertTrue(m.find(), issued.out());
        String list = m.group(1);

        Run mine = run("township", "tasks", "list", "--list", list, "--json");
        assertEquals(0, mine.code(), mine.err());
        Matcher task = Pattern.compile("\"task\":\\s*(\\d+)").matcher(mine.out());
        assertTrue(task.find(), mine.out());
        String id = task.group(1);
        assertFalse(mine.out().contains("danfeng-t02"), "the township sees its own task only");

        oneClearLine(run("township", "tasks", "report", id, "--text", "补报", "--on", deadline.minusDays(1).toString()), 1,
                deadline.minusDays(1).toString());
        assertEquals(0, run("township", "tasks", "report", id, "--text", "已完成检查").code());
        oneClearLine(run("township", "tasks", "verify", id, "accept"), 6, "");
        Run verified = run("county", "tasks", "verify", id, "accept");
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().contains("按时完成") || verified.out().contains("done on time"), verified.out());

        Run due2 = run("county", "tasks", "due", "--json");
        assertEquals(0, due2.code(), due2.err());
        assertTrue(due2.out().contains("\"OVERDUE\""), "the other bodies of the list are overdue: " + due2.out().length());

        Path out = tmp.resolve("排名.xlsx");
        Run score = run("county", "tasks", "score", "--period", period, "--publish", "--out", out.toString());
        assertEquals(0, score.code(), score.err());
        assertTrue(score.out().contains("published revision"), score.out());
        assertTrue(XlsxReader.read(out).size() == 2, "the ranking and the tasks");
    }

    /** Every command's --json output is JSON (records with dates and decimals included), as scripts read it. */
    @Test
    void everyCommandWritesJson() throws Exception {
        String month = LocalDate.now().toString().substring(0, 7);
        Run issued = run("county", "tasks", "issue", "--period", month, "--title", "JSON清单", "--task", "任务", "--requirement", "要求",
                "--deadline", LocalDate.now().toString(), "--points", "5", "--to", "danfeng-t01", "--json");
        assertEquals(0, issued.code(), issued.err());
        Matcher id = Pattern.compile("\"id\":\\s*(\\d+)").matcher(issued.out());
        assertTrue(id.find(), issued.out());
        Matcher task = Pattern.compile("\"task\":\\s*(\\d+)").matcher(run("county", "tasks", "list", "--list", id.group(1),
                "--json").out());
        assertTrue(task.find());
        String last = LocalDate.now().minusMonths(1).toString().substring(0, 7);
        for (String[] command : List.of(new String[] { "tasks", "lists" }, new String[] { "tasks", "bodies" },
                new String[] { "tasks", "due" }, new String[] { "tasks", "history", task.group(1) }, new String[] { "tasks", "scheme" },
                new String[] { "tasks", "score", "--period", last }, new String[] { "tasks", "loops" }, new String[] { "tasks", "duties" },
                new String[] { "tasks", "copy", id.group(1), "--period", month })) {
            List<String> argv = new ArrayList<>(List.of(command));
            argv.add("--json");
            Run r = run("county", argv.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", command) + ": " + r.err());
            String out = r.out().strip();
            assertTrue(out.startsWith("{") || out.startsWith("["), String.join(" ", command) + ": " + out);
            assertTrue(out.endsWith("}") || out.endsWith("]"), String.join(" ", command));
            assertFalse(r.err().contains("unexpected"), r.err());
        }
    }

    @Test
    void mistakesAreOneLineWithTheirExitCode() throws Exception {
        Path sheet = tmp.resolve("错误清单.xlsx");
        XlsxWriter.write(sheet, List.of(new XlsxWriter.Sheet("清单", List.of(
                List.of("任务", "类别", "报告要求", "佐证材料", "分值", "时限", "承办单位"),
                List.of("任务一", "共性", "要求", "", "十分", "2026-13-01", "danfeng-t01"),
                List.of("任务二", "其他", "要求", "", "5", "2026-12-01", "danfeng-t01")))));
        Run bad = run("county", "tasks", "issue", "--period", "2026-12", "--title", "清单", sheet.toString());
        oneClearLine(bad, 1, "row 2");
        assertTrue(bad.err().contains("row 3") && bad.err().contains("column E") && bad.err().contains("column F"), bad.err());
        oneClearLine(run("county", "tasks", "issue", "--period", "2026-12", "--title", "清单", tmp.resolve("none.xlsx").toString()), 1,
                "none.xlsx");
        Path notXlsx = Files.writeString(tmp.resolve("fake.xlsx"), "not a workbook");
        oneClearLine(run("county", "tasks", "issue", "--period", "2026-12", "--title", "清单", notXlsx.toString()), 1, "fake.xlsx");
        oneClearLine(run("county", "tasks", "issue", "--period", "2026-13", "--title", "清单", "--task", "x", "--requirement", "r",
                "--deadline", "2026-12-20", "--points", "5", "--to", "danfeng-t01"), 1, "2026-13");
        oneClearLine(run("county", "tasks", "issue", "--period", "2026-12", "--title", "清单", "--task", "x", "--requirement", "r",
                "--deadline", "2026-12-20", "--points", "5", "--to", "nobody"), 1, "nobody");
        oneClearLine(run("county", "tasks", "frobnicate"), 2, "frobnicate");
        oneClearLine(run("county", "tasks", "verify", "1", "maybe"), 2, "accept");
        oneClearLine(run("trainer", "tasks", "due"), 6, "");
        oneClearLine(run("county", "tasks", "report", "99999999", "--text", "x"), 1, "99999999");
        oneClearLine(run("county", "tasks", "score", "--period", "1990"), 1, "1990");
    }
}
