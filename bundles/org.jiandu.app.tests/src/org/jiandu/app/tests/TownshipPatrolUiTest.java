package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.jiandu.app.JianduApplication;
import org.jiandu.app.LoginDialog;
import org.jiandu.app.parts.JurisdictionPart;
import org.jiandu.core.DemoDataService;
import org.jiandu.patrol.ui.PatrolPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A township's patrol view: the township commission logs in and sees, read-only, when its own township and villages are
 * inspected (the county's rounds, restricted to its own entries) and its rectification ledger; no refusal, no raw
 * county code, no error dialog, and no planning tabs with the teams' members.
 */
class TownshipPatrolUiTest {

    private static final long TIMEOUT_MS = 90_000;

    @TempDir
    Path data;

    private Thread uiThread;
    private volatile Display display;
    private final AtomicReference<Object> exit = new AtomicReference<>();
    private IWorkbench workbench;

    @Test
    void aTownshipSeesItsOwnPatrolScheduleAndLedger() throws Exception {
        Shell window = logIn("township");
        display.syncExec(() -> workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class)
                .showPart(PatrolPart.ID, PartState.ACTIVATE));

        List<String> targets = await("the township's patrol schedule", () -> {
            Table t = UiLookup.named(window, PatrolPart.SCHEDULE, Table.class);
            if (t == null || t.getItemCount() == 0) {
                return null;
            }
            List<String> names = new ArrayList<>();
            int column = 3; // round, dates, state, target, …
            for (int i = 0; i < t.getItemCount(); i++) {
                names.add(t.getItem(i).getText(column));
            }
            return names;
        });
        String summary = call(() -> UiLookup.named(window, PatrolPart.SUMMARY, Label.class).getText());
        assertFalse(summary.contains("danfeng"), "no raw code: " + summary);
        assertTrue(summary.matches(".*\\d.*"), "rounds and inspections counted: " + summary);
        assertTrue(targets.stream().noneMatch(n -> n.startsWith("danfeng")), "targets by name: " + targets);
        assertNull(call(() -> UiLookup.named(window, "jiandu.patrol.rounds", Table.class)), "no planning tab for a township");

        // its ledger, in the second tab
        int tabCount = call(() -> {
            CTabFolder tabs = UiLookup.named(window, PatrolPart.TABS, CTabFolder.class);
            tabs.setSelection(tabs.getItemCount() - 1);
            tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return tabs.getItemCount();
        });
        assertEquals(2, tabCount, "schedule and ledger");
        assertNotNull(await("the township's ledger", () -> {
            Table t = UiLookup.named(window, PatrolPart.LEDGER, Table.class);
            return t != null && t.getItemCount() > 0 ? t.getItemCount() : null;
        }));
        assertNull(call(() -> errorDialog()), "no error dialog");

        display.syncExec(workbench::close);
        uiThread.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** A visible dialog other than the workbench window, e.g. an error; null when there is none. */
    private String errorDialog() {
        for (Shell s : display.getShells()) {
            if (s.isVisible() && s.getParent() != null) {
                return s.getText();
            }
        }
        return null;
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
        Shell window = await("the workbench window", () -> {
            Shell s = UiLookup.shell(display, "Jiandu Workbench —") != null ? UiLookup.shell(display, "Jiandu Workbench —")
                    : UiLookup.shell(display, "监督工作台 —");
            return s != null && UiLookup.named(s, JurisdictionPart.TREE, Tree.class) != null ? s : null;
        });
        ServiceTracker<IWorkbench, IWorkbench> t = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(),
                IWorkbench.class, null);
        t.open();
        workbench = t.waitForService(10_000);
        t.close();
        assertNotNull(workbench, "the e4 workbench service");
        return window;
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
