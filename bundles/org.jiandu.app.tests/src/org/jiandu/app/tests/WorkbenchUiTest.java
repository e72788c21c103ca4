package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.jiandu.app.ChangePasswordDialog;
import org.jiandu.app.JianduApplication;
import org.jiandu.app.LoginDialog;
import org.jiandu.app.UsersDialog;
import org.jiandu.app.parts.CadreListPart;
import org.jiandu.app.parts.JurisdictionPart;
import org.jiandu.app.parts.ModuleNavigatorPart;
import org.jiandu.app.parts.StatusLine;
import org.jiandu.app.setup.SetupDialog;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgService;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the real workbench application (data directory, database, demo data, login dialog, e4 model) on its
 * own UI thread, drives it like a user and checks what the window shows. A failing test leaves a screenshot in
 * target/screenshots.
 */
class WorkbenchUiTest {

    private static final long TIMEOUT_MS = 90_000;

    @TempDir
    Path data;

    private Thread uiThread;
    private volatile Display display;
    private final AtomicReference<Object> exit = new AtomicReference<>();
    private boolean passed;

    private void startWorkbench(String... args) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || display.startsWith("${")) {
            fail("UI tests need an X display: run ./jiandu-test (it starts Xvfb) or set DISPLAY");
        }
        uiThread = new Thread(() -> {
            try {
                this.display = Display.getDefault();
                exit.set(new JianduApplication().start(new TestApplicationContext(args)));
            } catch (Throwable t) {
                exit.set(t);
            }
        }, "jiandu-ui");
        uiThread.setDaemon(true);
        uiThread.start();
    }

    /** Runs on the UI thread until it returns non-null, or fails after the timeout. */
    private <T> T await(String what, Supplier<T> probe) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            if (exit.get() != null) {
                fail("the workbench ended while waiting for " + what + ": " + exit.get());
            }
            Display d = display;
            if (d != null && !d.isDisposed()) {
                AtomicReference<T> r = new AtomicReference<>();
                d.syncExec(() -> r.set(probe.get()));
                if (r.get() != null) {
                    return r.get();
                }
            }
            Thread.sleep(200);
        }
        fail("timed out waiting for " + what);
        return null;
    }

    private static Button button(Composite root, String text) {
        for (Control c : root.getChildren()) {
            // as the user reads it: without the mnemonic, e.g. "开始检查(&R)" or "&Run check"
            if (c instanceof Button b && text.equals(b.getText().replaceAll("\\(&.\\)|&", ""))) {
                return b;
            }
            if (c instanceof Composite comp) {
                Button found = button(comp, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void logsInAsADemoUserAndSeesTheCountyTree() throws Exception {
        startWorkbench("--county", "danfeng", "--data", data.toString());

        // A new data directory opens the setup dialog, not demo data: it refuses a short password in its own words,
        // then loads demo data only because the user asks for it.
        Shell setup = await("the setup dialog", () -> UiLookup.shell(display, "Set up Jiandu Workbench") != null
                ? UiLookup.shell(display, "Set up Jiandu Workbench") : UiLookup.shell(display, "设置监督工作台"));
        display.syncExec(() -> {
            UiLookup.named(setup, SetupDialog.NAME, Text.class).setText("wang.li");
            UiLookup.named(setup, SetupDialog.PASSWORD, Text.class).setText("short-pw");
            UiLookup.named(setup, SetupDialog.AGAIN, Text.class).setText("short-pw");
            setup.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        String refused = await("the setup's refusal", () -> {
            Label l = UiLookup.named(setup, SetupDialog.ERROR, Label.class);
            return l != null && !l.getText().isEmpty() ? l.getText() : null;
        });
        assertTrue(refused.contains("12"), refused);
        assertTrue(!setup.isDisposed() && !Files.exists(data.resolve("settings.properties")), "nothing set up yet");
        display.syncExec(() -> {
            Button demo = UiLookup.named(setup, SetupDialog.DEMO, Button.class);
            demo.setSelection(true);
            demo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            setup.getDefaultButton().notifyListeners(SWT.Selection, null);
        });

        // The login dialog is titled with the county commission.
        Shell login = await("the login dialog", () -> UiLookup.shell(display, "Danfeng County") != null
                ? UiLookup.shell(display, "Danfeng County")
                : UiLookup.shell(display, "丹凤县纪委监委"));
        display.syncExec(() -> {
            UiLookup.named(login, LoginDialog.USER_FIELD, Text.class).setText("county");
            UiLookup.named(login, LoginDialog.PASSWORD_FIELD, Text.class).setText("not-the-password");
            login.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        String error = await("the wrong-password message", () -> {
            Label l = UiLookup.named(login, LoginDialog.ERROR_LABEL, Label.class);
            return l != null && !l.getText().isEmpty() ? l.getText() : null;
        });
        assertTrue(error.contains("Wrong user name or password") || error.contains("用户名或密码错误"), error);

        display.syncExec(() -> {
            UiLookup.named(login, LoginDialog.PASSWORD_FIELD, Text.class).setText(DemoDataService.DEMO_PASSWORD);
            login.getDefaultButton().notifyListeners(SWT.Selection, null);
        });

        Shell window = await("the workbench window", () -> {
            Shell s = UiLookup.shell(display, "Jiandu Workbench —") != null ? UiLookup.shell(display, "Jiandu Workbench —")
                    : UiLookup.shell(display, "监督工作台 —");
            return s != null && UiLookup.named(s, JurisdictionPart.TREE, Tree.class) != null ? s : null;
        });
        String title = await("the title", window::getText);
        assertTrue(title.contains("Danfeng") || title.contains("丹凤县纪委监委"), title);
        assertTrue(title.contains("[演示数据]") || title.contains("[demo data]"), "a demo installation says so: " + title);

        List<String> townships = await("the townships of Danfeng", () -> {
            Tree tree = UiLookup.named(window, JurisdictionPart.TREE, Tree.class);
            if (tree.getItemCount() != 1 || tree.getItem(0).getItemCount() < 12 || tree.getItem(0).getItem(0).getText().isEmpty()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (TreeItem t : tree.getItem(0).getItems()) {
                names.add(t.getText());
            }
            return names;
        });
        String root = await("the root", () -> UiLookup.named(window, JurisdictionPart.TREE, Tree.class).getItem(0).getText());
        assertTrue(root.startsWith("丹凤县"), root);
        assertEquals(12, townships.stream().filter(n -> n.contains("镇") || n.contains("街道")).count(), townships.toString());
        assertTrue(townships.get(0).startsWith("龙驹寨街道"), townships.toString());

        int cadres = await("the cadre list", () -> {
            Table t = UiLookup.named(window, CadreListPart.TABLE, Table.class);
            return t != null && t.getItemCount() > 0 ? t.getItemCount() : null;
        });
        assertTrue(cadres > 150, "cadres listed: " + cadres);

        String status = await("the status line", () -> {
            Label l = UiLookup.named(window, StatusLine.LABEL, Label.class);
            return l == null ? null : l.getText();
        });
        assertTrue(status.contains(data.toString()), status);
        String demo = await("the demo warning", () -> {
            Label l = UiLookup.named(window, StatusLine.DEMO_LABEL, Label.class);
            return l == null ? null : l.getText();
        });
        assertTrue(demo.contains("演示数据") || demo.contains("DEMO DATA"), demo);

        // modules plug in through services and model fragments: the search module is listed and its part exists
        String modules = await("the module navigator", () -> {
            Table t = UiLookup.named(window, ModuleNavigatorPart.TABLE, Table.class);
            return t != null && t.getItemCount() > 0 ? t.getItem(0).getText() : null;
        });
        assertTrue(modules.equals("案件材料检索") || modules.equals("Case-archive search"), modules);
        // the start shows the county's cadres, not the first module: GTK selects the module list's first row when the
        // list gets the focus, and that opened (and built) the search screen at every start
        display.syncExec(() -> {
            while (display.readAndDispatch()) {
                // the selection GTK makes comes as a deferred event
            }
        });
        AtomicReference<Text> query = new AtomicReference<>();
        display.syncExec(() -> query.set(UiLookup.named(window, "jiandu.search.query", Text.class)));
        assertNull(query.get(), "the search screen is not built");

        searchCasesAndClearanceCheck(window);
        training(window);
        patrol(window);
        cleanUnits(window);

        closeWorkbench();
        assertEquals(IApplication.EXIT_OK, exit.get());
        assertTrue(Files.isDirectory(data.resolve("db")));
        passed = true;
    }

    @Test
    void aOneTimePasswordIsChangedAtLoginAndAdministratorsSeeTheUsers() throws Exception {
        startWorkbench("--county", "danfeng", "--data", data.toString(), "--demo");
        Shell login = await("the login dialog", () -> UiLookup.shell(display, "Danfeng County") != null
                ? UiLookup.shell(display, "Danfeng County")
                : UiLookup.shell(display, "丹凤县纪委监委"));
        UserService users = service(UserService.class);
        Subject admin = users.authenticate("admin", DemoDataService.DEMO_PASSWORD.toCharArray());
        String oneTime = users.addUser(admin, "wang.li", "王立", Role.INVESTIGATOR, "danfeng-t05");

        // async: the login dialog's OK opens the change dialog and runs its event loop until it closes
        display.asyncExec(() -> {
            UiLookup.named(login, LoginDialog.USER_FIELD, Text.class).setText("wang.li");
            UiLookup.named(login, LoginDialog.PASSWORD_FIELD, Text.class).setText(oneTime);
            login.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        Shell change = await("the change-password dialog", () -> {
            Shell s = UiLookup.shell(display, "Change password") != null ? UiLookup.shell(display, "Change password")
                    : UiLookup.shell(display, "修改密码");
            return s != null && UiLookup.named(s, ChangePasswordDialog.NEW_FIELD, Text.class) != null ? s : null;
        });
        assertEquals("", await("no current-password field", () -> UiLookup.named(change, ChangePasswordDialog.OLD_FIELD,
                Text.class) == null ? "" : "shown"), "the one-time password was just typed");
        display.asyncExec(() -> {
            UiLookup.named(change, ChangePasswordDialog.NEW_FIELD, Text.class).setText("woaini131452");
            UiLookup.named(change, ChangePasswordDialog.AGAIN_FIELD, Text.class).setText("woaini131452");
            change.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        String refusal = await("the policy's refusal", () -> {
            Label l = UiLookup.named(change, ChangePasswordDialog.ERROR_LABEL, Label.class);
            return l != null && !l.getText().isEmpty() ? l.getText() : null;
        });
        assertEquals(SecurityMessages.policy_common, refusal);
        display.asyncExec(() -> {
            UiLookup.named(change, ChangePasswordDialog.NEW_FIELD, Text.class).setText("Qinling-Shan-7419");
            UiLookup.named(change, ChangePasswordDialog.AGAIN_FIELD, Text.class).setText("Qinling-Shan-7419");
            change.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        Shell window = await("the workbench window", () -> {
            Shell s = UiLookup.shell(display, "Jiandu Workbench —") != null ? UiLookup.shell(display, "Jiandu Workbench —")
                    : UiLookup.shell(display, "监督工作台 —");
            return s != null && UiLookup.named(s, JurisdictionPart.TREE, Tree.class) != null ? s : null;
        });
        assertEquals("wang.li", service(org.jiandu.ui.Session.class).subject().username());
        assertEquals("wang.li", users.authenticate("wang.li", "Qinling-Shan-7419".toCharArray()).username());

        // the administrators' users screen lists the accounts with their state
        display.asyncExec(() -> new UsersDialog(window, admin, users, service(OrgService.class)).open());
        Shell screen = await("the users screen", () -> {
            Shell s = UiLookup.shell(display, "Users") != null ? UiLookup.shell(display, "Users") : UiLookup.shell(display, "用户管理");
            return s != null && UiLookup.named(s, UsersDialog.TABLE, Table.class) != null ? s : null;
        });
        String row = await("wang.li's row", () -> {
            Table t = UiLookup.named(screen, UsersDialog.TABLE, Table.class);
            for (org.eclipse.swt.widgets.TableItem i : t.getItems()) {
                if (i.getText(0).equals("wang.li")) {
                    return i.getText(2) + " | " + i.getText(3) + " | " + i.getText(4);
                }
            }
            return null;
        });
        assertTrue(row.matches("(Investigator|.+) \\| .+ \\(danfeng-t05\\) \\| (active|正常)"), row);
        assertEquals(7, (int) await("seven users", () -> UiLookup.named(screen, UsersDialog.TABLE, Table.class).getItemCount()));
        display.syncExec(screen::close);

        // the audit log screen shows that read of the user list, and the log verifies against its key and checkpoint
        display.asyncExec(() -> new org.jiandu.app.audit.AuditLogDialog(window, admin,
                service(org.jiandu.core.audit.AuditLog.class)).open());
        Shell audit = await("the audit log screen", () -> {
            Shell s = UiLookup.shell(display, "Audit log") != null ? UiLookup.shell(display, "Audit log") : UiLookup.shell(display, "审计日志");
            return s != null && UiLookup.named(s, org.jiandu.app.audit.AuditLogDialog.TABLE, Table.class) != null ? s : null;
        });
        String read = await("the user-list read", () -> {
            for (org.eclipse.swt.widgets.TableItem i : UiLookup.named(audit, org.jiandu.app.audit.AuditLogDialog.TABLE, Table.class)
                    .getItems()) {
                if (i.getText(4).equals("users")) {
                    return i.getText(2) + " | " + i.getText(3);
                }
            }
            return null;
        });
        assertTrue(read.startsWith(admin.username() + " | "), read);
        display.asyncExec(() -> UiLookup.named(audit, org.jiandu.app.audit.AuditLogDialog.VERIFY,
                org.eclipse.swt.widgets.Button.class).notifyListeners(SWT.Selection, null));
        String verdict = await("the verdict", () -> {
            String t = UiLookup.named(audit, org.jiandu.app.audit.AuditLogDialog.STATUS, Label.class).getText();
            return t.contains("intact") || t.contains("完整") || t.contains("tampered") || t.contains("篡改") ? t : null;
        });
        assertTrue(verdict.contains("intact") || verdict.contains("完整"), verdict);
        display.syncExec(audit::close);

        closeWorkbench();
        assertEquals(IApplication.EXIT_OK, exit.get());
        passed = true;
    }

    /**
     * A county sets up its own installation in the setup dialog: the workbench opens logged in as the administrator
     * it named, on the county alone (no generated data, no demo marker), and says what comes next.
     */
    @Test
    void aCountySetsUpItsOwnInstallationAndIsToldWhatComesNext() throws Exception {
        startWorkbench("--county", "danfeng", "--data", data.toString());
        Shell setup = await("the setup dialog", () -> UiLookup.shell(display, "Set up Jiandu Workbench") != null
                ? UiLookup.shell(display, "Set up Jiandu Workbench") : UiLookup.shell(display, "设置监督工作台"));
        display.syncExec(() -> {
            UiLookup.named(setup, SetupDialog.NAME, Text.class).setText("wang.li");
            UiLookup.named(setup, SetupDialog.PASSWORD, Text.class).setText("Qinling-Shan-7419");
            UiLookup.named(setup, SetupDialog.AGAIN, Text.class).setText("Qinling-Shan-7419");
            setup.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        Shell next = await("the next step", () -> UiLookup.shell(display, "Next: your own jurisdiction") != null
                ? UiLookup.shell(display, "Next: your own jurisdiction") : UiLookup.shell(display, "下一步:本县辖区数据"));
        display.syncExec(() -> {
            Button later = button(next, "Later") != null ? button(next, "Later") : button(next, "以后再说");
            later.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        Shell window = await("the workbench window", () -> {
            Shell s = UiLookup.shell(display, "Jiandu Workbench —") != null ? UiLookup.shell(display, "Jiandu Workbench —")
                    : UiLookup.shell(display, "监督工作台 —");
            return s != null && UiLookup.named(s, JurisdictionPart.TREE, Tree.class) != null ? s : null;
        });
        assertEquals("wang.li", service(org.jiandu.ui.Session.class).subject().username());
        String title = await("the title", window::getText);
        assertTrue(!title.contains("[") && (title.contains("Danfeng") || title.contains("丹凤县")), title);
        int townships = await("the county alone", () -> {
            Tree tree = UiLookup.named(window, JurisdictionPart.TREE, Tree.class);
            return tree.getItemCount() == 1 && tree.getItem(0).getText().startsWith("丹凤县")
                    ? tree.getItem(0).getItemCount() : null;
        });
        assertEquals(0, townships, "nothing generated: the county's townships come from its workbook");
        assertNull(await("no demo warning", () -> UiLookup.named(window, StatusLine.LABEL, Label.class) == null ? null
                : Optional.ofNullable(UiLookup.named(window, StatusLine.DEMO_LABEL, Label.class))).orElse(null));
        assertTrue(Files.readString(data.resolve("settings.properties")).contains("county=danfeng"));

        closeWorkbench();
        assertEquals(IApplication.EXIT_OK, exit.get());
        passed = true;
    }

    /** Opens a module by double-clicking it in the navigator, as a user does. */
    private void openModule(Shell window, int row) {
        display.syncExec(() -> {
            Table t = UiLookup.named(window, ModuleNavigatorPart.TABLE, Table.class);
            // the press comes first: a selection no click or key made (GTK's, as the list gets the focus) opens nothing
            t.notifyListeners(SWT.MouseDown, new org.eclipse.swt.widgets.Event());
            t.setSelection(row);
            t.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            t.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        });
    }

    private static <T> T service(Class<T> type) {
        return org.jiandu.core.ServiceLookup.await(WorkbenchUiTest.class, type, 10_000);
    }

    /** The search module's three screens: search with preview, the demo cases, and a clearance check. */
    private void searchCasesAndClearanceCheck(Shell window) throws Exception {
        Path archive = Files.createDirectories(data.resolveSibling(data.getFileName() + "-archive"));
        Files.writeString(archive.resolve("谈话笔录.txt"), "被谈话人王某某承认套取危房改造补贴资金。");
        org.jiandu.ui.Session session = service(org.jiandu.ui.Session.class);
        org.jiandu.search.IndexReport r = service(org.jiandu.search.SearchService.class).index(session.subject(),
                List.of(archive), "danfeng-t01", null, org.jiandu.core.Progress.NONE);
        assertEquals(1, r.added(), r.toString());

        openModule(window, 0);
        await("the search screen", () -> UiLookup.named(window, "jiandu.search.query", Text.class));
        display.syncExec(() -> {
            Text q = UiLookup.named(window, "jiandu.search.query", Text.class);
            q.setText("套取 补贴");
            q.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        });
        String hit = await("a hit", () -> {
            Table t = UiLookup.named(window, "jiandu.search.results", Table.class);
            int township = 0;
            while (township < t.getColumnCount() && !List.of("Township", "镇(街道)").contains(t.getColumn(township).getText())) {
                township++;
            }
            return t.getItemCount() == 1 ? t.getItem(0).getText(1) + " | " + t.getItem(0).getText(township) : null;
        });
        assertEquals("谈话笔录 | 龙驹寨街道", hit, "title and township name");
        String preview = await("the preview", () -> {
            String text = UiLookup.named(window, "jiandu.search.preview", org.eclipse.swt.custom.StyledText.class).getText();
            return text.isEmpty() ? null : text;
        });
        assertTrue(preview.contains("套取危房改造补贴"), preview);

        openModule(window, 1);
        String cases = await("the demo cases", () -> {
            Label l = UiLookup.named(window, "jiandu.cases.count", Label.class);
            return l == null || l.getText().isEmpty() ? null : l.getText();
        });
        assertTrue(cases.equals("共 36 件") || cases.equals("36 cases"), cases);

        openModule(window, 2);
        await("the clearance-check screen", () -> UiLookup.named(window, "jiandu.batch.terms", Text.class));
        display.syncExec(() -> {
            UiLookup.named(window, "jiandu.batch.terms", Text.class).setText("王某某\n张三\n王某某");
            Button run = button(window, "开始检查") != null ? button(window, "开始检查") : button(window, "Run check");
            run.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        String counts = await("the per-term counts", () -> {
            Table t = UiLookup.named(window, "jiandu.batch.counts", Table.class);
            if (t.getItemCount() < 2) {
                return null;
            }
            return t.getItem(0).getText(0) + "=" + t.getItem(0).getText(1) + " " + t.getItem(1).getText(0) + "="
                    + t.getItem(1).getText(1);
        });
        assertEquals("王某某=1 张三=0", counts);
    }

    /** The training module: demo sessions with attendance, then the compliance dashboard and its gaps. */
    private void training(Shell window) throws Exception {
        openModule(window, 3);
        String sessions = await("the training sessions", () -> {
            Table t = UiLookup.named(window, "jiandu.training.sessions", Table.class);
            return t == null || t.getItemCount() == 0 ? null : String.valueOf(t.getItemCount());
        });
        assertTrue(Integer.parseInt(sessions) >= 10, sessions);
        int attendance = await("a session's attendance", () -> {
            Table t = UiLookup.named(window, "jiandu.training.attendance", Table.class);
            return t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertTrue(attendance > 0);
        display.syncExec(() -> {
            org.eclipse.swt.custom.CTabFolder tabs = UiLookup.named(window, "jiandu.training.tabs",
                    org.eclipse.swt.custom.CTabFolder.class);
            tabs.setSelection(org.jiandu.training.ui.TrainingPart.COMPLIANCE_TAB);
            tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        String summary = await("the compliance summary", () -> {
            String text = UiLookup.named(window, "jiandu.training.compliance.summary", Label.class).getText();
            return text.contains("212") ? text : null;
        });
        assertTrue(summary.contains("212"), "Danfeng's 212 active cadres: " + summary);
        int gaps = await("cadres who need action", () -> {
            Table t = UiLookup.named(window, "jiandu.training.compliance", Table.class);
            return t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertTrue(gaps > 0);
    }

    /** The patrol module: the demo term's ten rounds with their assignments, then the ledger. */
    private void patrol(Shell window) throws Exception {
        openModule(window, 4);
        int rounds = await("the patrol rounds", () -> {
            Table t = UiLookup.named(window, "jiandu.patrol.rounds", Table.class);
            return t == null || t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertEquals(10, rounds, "two rounds a year in a five-year term");
        String summary = await("the plan summary", () -> {
            String text = UiLookup.named(window, "jiandu.patrol.summary", Label.class).getText();
            return text.contains("221") ? text : null;
        });
        assertTrue(summary.contains("221"), summary);
        display.syncExec(() -> {
            org.eclipse.swt.custom.CTabFolder tabs = UiLookup.named(window, "jiandu.patrol.tabs", org.eclipse.swt.custom.CTabFolder.class);
            tabs.setSelection(org.jiandu.patrol.ui.PatrolPart.LEDGER_TAB);
            tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        int items = await("the rectification ledger", () -> {
            Table t = UiLookup.named(window, "jiandu.patrol.ledger", Table.class);
            return t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertTrue(items > 5, "demo findings: " + items);
    }

    /** The clean-unit module: the demo creations, a unit's history, the coverage report and the sites. */
    private void cleanUnits(Shell window) throws Exception {
        openModule(window, 5);
        int creations = await("the clean-unit creations", () -> {
            Table t = UiLookup.named(window, org.jiandu.cleanunit.ui.CleanUnitPart.CREATIONS, Table.class);
            return t == null || t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertTrue(creations > 100, "demo creations: " + creations);
        display.syncExec(() -> {
            Table t = UiLookup.named(window, org.jiandu.cleanunit.ui.CleanUnitPart.CREATIONS, Table.class);
            t.setSelection(0);
            t.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        int steps = await("the selected unit's history", () -> {
            Table t = UiLookup.named(window, org.jiandu.cleanunit.ui.CleanUnitPart.HISTORY, Table.class);
            return t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertTrue(steps >= 1, "declared at least");
        for (int tab : new int[] { org.jiandu.cleanunit.ui.CleanUnitPart.COVERAGE_TAB, org.jiandu.cleanunit.ui.CleanUnitPart.SITES_TAB }) {
            display.syncExec(() -> {
                org.eclipse.swt.custom.CTabFolder tabs = UiLookup.named(window, org.jiandu.cleanunit.ui.CleanUnitPart.TABS,
                        org.eclipse.swt.custom.CTabFolder.class);
                tabs.setSelection(tab);
                tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
        }
        String total = await("the coverage report's total row", () -> {
            Table t = UiLookup.named(window, org.jiandu.cleanunit.ui.CleanUnitPart.COVERAGE, Table.class);
            return t.getItemCount() == 0 ? null : t.getItem(t.getItemCount() - 1).getText(3);
        });
        assertEquals(creations, Integer.parseInt(total), "the report's total declared is the list's length");
        int sites = await("the demonstration sites", () -> {
            Table t = UiLookup.named(window, org.jiandu.cleanunit.ui.CleanUnitPart.SITES, Table.class);
            return t.getItemCount() == 0 ? null : t.getItemCount();
        });
        assertTrue(sites > 1);
    }

    private void closeWorkbench() throws InterruptedException {
        ServiceTracker<IWorkbench, IWorkbench> t = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), IWorkbench.class, null);
        t.open();
        IWorkbench wb = t.waitForService(10_000);
        t.close();
        assertNotNull(wb, "the e4 workbench service");
        display.syncExec(wb::close);
        uiThread.join(TimeUnit.SECONDS.toMillis(30));
    }

    @AfterEach
    void screenshotOnFailure(TestInfo info) throws Exception {
        Display d = display;
        if (!passed && d != null && !d.isDisposed()) {
            Path dir = Path.of(System.getProperty("jiandu.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(info.getTestMethod().map(m -> m.getName()).orElse("ui") + ".png");
            Screenshots.save(d, file);
            System.err.println("UI test failed; screenshot saved to " + file);
        }
        if (!passed && d != null && !d.isDisposed()) {
            d.asyncExec(() -> {
                for (Shell s : d.getShells()) {
                    s.dispose();
                }
            });
        }
    }
}
