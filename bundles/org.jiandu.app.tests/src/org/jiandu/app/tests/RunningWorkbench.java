package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.jiandu.app.JianduApplication;
import org.jiandu.app.LoginDialog;
import org.jiandu.app.parts.JurisdictionPart;
import org.jiandu.core.DemoDataService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * The real workbench on its own UI thread, started on a demo installation and logged in as one of the demo users,
 * with the waits a UI test needs: {@link #await} polls on the UI thread until a probe answers, {@link #call} runs
 * there once.
 */
final class RunningWorkbench implements AutoCloseable {

    static final long TIMEOUT_MS = 90_000;

    private final Thread uiThread;
    private volatile Display display;
    private final AtomicReference<Object> exit = new AtomicReference<>();
    final Shell window;
    final IWorkbench workbench;

    /** Starts the workbench on {@code data} (demo data made on the first start) and logs in as {@code user}. */
    RunningWorkbench(Path data, String user) throws InterruptedException {
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
        window = await("the workbench window", () -> {
            Shell s = UiLookup.shell(display, "Jiandu Workbench —") != null ? UiLookup.shell(display, "Jiandu Workbench —")
                    : UiLookup.shell(display, "监督工作台 —");
            return s != null && UiLookup.named(s, JurisdictionPart.TREE, Tree.class) != null ? s : null;
        });
        workbench = ServiceLookup.await(RunningWorkbench.class, IWorkbench.class, 10_000);
    }

    /** The installed modules' screens, in the navigator's order. */
    static List<WorkbenchModule> modules() throws InvalidSyntaxException {
        BundleContext bc = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
        List<WorkbenchModule> out = new ArrayList<>();
        for (var ref : bc.getServiceReferences(WorkbenchModule.class, null)) {
            out.add(bc.getService(ref));
        }
        out.sort(Comparator.comparingInt(WorkbenchModule::order));
        return out;
    }

    Display display() {
        return display;
    }

    <T> T call(Supplier<T> onUiThread) {
        AtomicReference<T> r = new AtomicReference<>();
        display.syncExec(() -> r.set(onUiThread.get()));
        return r.get();
    }

    void run(Runnable onUiThread) {
        display.syncExec(onUiThread);
    }

    /** Polls {@code probe} on the UI thread until it answers non-null; fails naming {@code what} after a timeout. */
    <T> T await(String what, Supplier<T> probe) throws InterruptedException {
        return await(what, probe, () -> "");
    }

    /** As {@link #await(String, Supplier)}, the failure also saying what {@code state} (on the UI thread) reads. */
    <T> T await(String what, Supplier<T> probe, Supplier<String> state) throws InterruptedException {
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
        fail("timed out waiting for " + what + " " + call(state));
        return null;
    }

    /** Closes the workbench as File → Exit does and waits for its thread to end. */
    @Override
    public void close() throws InterruptedException {
        Display d = display;
        if (d != null && !d.isDisposed() && uiThread.isAlive()) {
            d.syncExec(() -> {
                for (Shell s : d.getShells()) {
                    if (s != window && !s.isDisposed()) {
                        s.dispose();
                    }
                }
                workbench.close();
            });
        }
        uiThread.join(TimeUnit.SECONDS.toMillis(30));
    }
}
