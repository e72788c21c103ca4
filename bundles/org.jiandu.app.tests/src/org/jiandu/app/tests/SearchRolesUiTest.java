package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.jiandu.app.JianduApplication;
import org.jiandu.app.LoginDialog;
import org.jiandu.app.parts.JurisdictionPart;
import org.jiandu.app.parts.ModuleNavigatorPart;
import org.jiandu.core.DemoDataService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The search module as each role meets it: an investigator sees its three screens, may register cases and is told
 * how to fill an empty index; a trainer does not see the module at all.
 */
class SearchRolesUiTest {

    private static final long TIMEOUT_MS = 90_000;

    @TempDir
    Path data;

    private Thread uiThread;
    private volatile Display display;
    private final AtomicReference<Object> exit = new AtomicReference<>();

    @Test
    void anInvestigatorRegistersCasesAndIsToldHowToFillAnEmptyIndex() throws Exception {
        Shell window = logIn("investigator");
        List<String> modules = await("the module navigator", () -> modules(window));
        assertTrue(modules.contains("案件材料检索") || modules.contains("Case-archive search"), modules.toString());

        open("org.jiandu.search.ui.part.cases");
        String count = await("the cases", () -> {
            Label l = UiLookup.named(window, "jiandu.cases.count", Label.class);
            return l != null && !l.getText().isEmpty() ? l.getText() : null;
        });
        assertTrue(count.equals("共 36 件") || count.equals("36 cases"), count);
        assertTrue(call(() -> UiLookup.named(window, "jiandu.cases.new", Button.class).isEnabled()),
                "investigators register cases");

        open("org.jiandu.search.ui.part.search");
        String status = await("the search screen", () -> {
            Label l = UiLookup.named(window, "jiandu.search.status", Label.class);
            return l != null && !l.getText().isEmpty() ? l.getText() : null;
        });
        assertTrue(status.contains("索引文件夹") || status.contains("Index folder"), "an empty index says what to do: " + status);
        close();
    }

    @Test
    void aTrainerDoesNotSeeTheSearchModule() throws Exception {
        Shell window = logIn("trainer");
        List<String> modules = await("the module navigator", () -> modules(window));
        assertFalse(modules.contains("案件材料检索") || modules.contains("Case-archive search"), modules.toString());
        assertFalse(modules.contains("案件管理") || modules.contains("Cases"), modules.toString());
        close();
    }

    private static List<String> modules(Shell window) {
        Table t = UiLookup.named(window, ModuleNavigatorPart.TABLE, Table.class);
        if (t == null || t.getItemCount() == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            names.add(t.getItem(i).getText());
        }
        return names;
    }

    /** Opens a module's part as its navigator entry does. */
    private void open(String partId) throws InterruptedException {
        IWorkbench wb = workbench();
        display.syncExec(() -> wb.getApplication().getChildren().get(0).getContext().get(EPartService.class)
                .showPart(partId, PartState.ACTIVATE));
    }

    private static IWorkbench workbench() throws InterruptedException {
        ServiceTracker<IWorkbench, IWorkbench> t = new ServiceTracker<>(
                FrameworkUtil.getBundle(SearchRolesUiTest.class).getBundleContext(), IWorkbench.class, null);
        t.open();
        IWorkbench wb = t.waitForService(10_000);
        t.close();
        assertNotNull(wb, "the e4 workbench service");
        return wb;
    }

    private Shell logIn(String user) throws Exception {
        String x = System.getenv("DISPLAY");
        if (x == null || x.isBlank() || x.startsWith("${")) {
            fail("UI tests need an X display: run ./jiandu-test (it starts Xvfb) or set DISPLAY");
        }
        uiThread = new Thread(() -> {
            try {
                display = Display.getDefault();
                exit.set(new JianduApplication().start(new TestApplicationContext("--county", "danfeng", "--data",
                        data.toString(), "--demo")));
            } catch (Throwable t) {
                exit.set(t);
            }
        }, "jiandu-ui");
        uiThread.setDaemon(true);
        uiThread.start();
        Shell login = await("the login dialog", () -> UiLookup.shell(display, "Danfeng County") != null
                ? UiLookup.shell(display, "Danfeng County") : UiLookup.shell(display, "丹凤县纪委监委"));
        display.syncExec(() -> {
            UiLookup.named(login, LoginDialog.USER_FIELD, Text.class).setText(user);
            UiLookup.named(login, LoginDialog.PASSWORD_FIELD, Text.class).setText(DemoDataService.DEMO_PASSWORD);
            login.getDefaultButton().notifyListeners(SWT.Selection, null);
        });
        return await("the workbench window", () -> {
            Shell s = UiLookup.shell(display, "Jiandu Workbench —") != null ? UiLookup.shell(display, "Jiandu Workbench —")
                    : UiLookup.shell(display, "监督工作台 —");
            return s != null && UiLookup.named(s, JurisdictionPart.TREE, Tree.class) != null ? s : null;
        });
    }

    private void close() throws InterruptedException {
        IWorkbench wb = workbench();
        display.syncExec(wb::close);
        uiThread.join(TimeUnit.SECONDS.toMillis(30));
    }

    private <T> T call(Supplier<T> onUiThread) {
        AtomicReference<T> r = new AtomicReference<>();
        display.syncExec(() -> r.set(onUiThread.get()));
        return r.get();
    }

    private <T> T await(String what, Supplier<T> probe) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            if (exit.get() != null) {
                fail("the workbench ended while waiting for " + what + ": " + exit.get());
            }
            Display d = display;
            if (d != null && !d.isDisposed()) {
                T r = call(probe);
                if (r != null) {
                    return r;
                }
            }
            Thread.sleep(200);
        }
        fail("timed out waiting for " + what);
        return null;
    }

    @AfterEach
    void closeWhatIsLeft() {
        Display d = display;
        if (d != null && !d.isDisposed() && uiThread.isAlive()) {
            d.asyncExec(() -> {
                for (Shell s : d.getShells()) {
                    s.dispose();
                }
            });
        }
    }
}
