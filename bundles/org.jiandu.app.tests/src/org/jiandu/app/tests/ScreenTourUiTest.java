package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jiandu.core.ServiceLookup;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen of every installed module, tab by tab, on the screen the UI tests run on (1024×768): no button lies
 * outside the window or its part, and a screenshot of each is saved in {@code target/screenshots/tour-LANG} for a
 * person to look at (run with {@code -Dtycho.testArgLine=-Duser.language=en} for the English screens).
 */
class ScreenTourUiTest {

    @TempDir
    Path data;

    @Test
    void everyScreenFitsTheWindow() throws Exception {
        Path dir = Path.of(System.getProperty("jiandu.screenshots", "target/screenshots"))
                .resolve("tour-" + Locale.getDefault().getLanguage());
        Files.createDirectories(dir);
        List<String> cut = new ArrayList<>();
        try (RunningWorkbench wb = new RunningWorkbench(data, "admin")) {
            Session session = ServiceLookup.await(getClass(), Session.class, 10_000);
            EPartService parts = wb.workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class);
            int n = 0;
            Screenshots.save(wb.display(), dir.resolve(String.format("%02d-workbench.png", n++)));
            for (WorkbenchModule m : RunningWorkbench.modules()) {
                if (!m.availableTo(session.subject())) {
                    continue;
                }
                MPart part = wb.call(() -> parts.showPart(m.partId(), PartState.ACTIVATE));
                wb.await(m.id() + " shown", () -> part.getWidget() instanceof Composite c && c.isVisible() ? true : null);
                settle(wb);
                Composite root = (Composite) part.getWidget();
                List<CTabFolder> folders = wb.call(() -> folders(root, new ArrayList<>()));
                int tabs = folders.isEmpty() ? 1 : wb.call(() -> folders.get(0).getItemCount());
                for (int t = 0; t < tabs; t++) {
                    int tab = t;
                    String name = wb.call(() -> {
                        if (folders.isEmpty()) {
                            return "";
                        }
                        CTabFolder f = folders.get(0);
                        f.setSelection(tab);
                        f.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                        return "-" + tab;
                    });
                    settle(wb);
                    Screenshots.save(wb.display(), dir.resolve(String.format("%02d-%s%s.png", n++, m.id(), name)));
                    wb.call(() -> {
                        buttonsOutside(root, wb.window.getClientArea(), m.id() + name, cut);
                        return null;
                    });
                }
            }
        }
        assertTrue(cut.isEmpty(), "buttons outside their screen at 1024x768: " + cut);
    }

    /** Lets jobs finish and layouts settle before a screenshot (the UI thread runs its queue meanwhile). */
    private static void settle(RunningWorkbench wb) throws InterruptedException {
        Thread.sleep(1_500);
        wb.call(() -> {
            wb.display().update();
            return null;
        });
    }

    private static List<CTabFolder> folders(Control c, List<CTabFolder> into) {
        if (c instanceof CTabFolder f) {
            into.add(f);
            return into;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                folders(child, into);
            }
        }
        return into;
    }

    /** Visible buttons that a user cannot reach: outside the window's client area and not in a scrolled pane. */
    private static void buttonsOutside(Control c, Rectangle client, String screen, List<String> cut) {
        if (!c.isVisible() || c instanceof ScrolledComposite) {
            return;
        }
        if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0) {
            Rectangle r = b.getDisplay().map(b.getParent(), b.getShell(), b.getBounds());
            if (r.x + r.width > client.x + client.width + 1 || r.y + r.height > client.y + client.height + 1 || !visibleIn(b)) {
                cut.add(screen + ": " + b.getText());
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                buttonsOutside(child, client, screen, cut);
            }
        }
    }

    /** Whether the button lies inside every parent up to the shell (a parent narrower than its content cuts it). */
    private static boolean visibleIn(Control c) {
        Rectangle r = c.getBounds();
        for (Composite p = c.getParent(); p != null && !(p instanceof org.eclipse.swt.widgets.Shell); p = p.getParent()) {
            Rectangle area = p.getClientArea();
            if (r.x + r.width > area.x + area.width + 1 || r.y + r.height > area.y + area.height + 1) {
                return false;
            }
            Rectangle pb = p.getBounds();
            r = new Rectangle(r.x + pb.x, r.y + pb.y, r.width, r.height);
        }
        return true;
    }
}
