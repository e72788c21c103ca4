package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.jiandu.patrol.ui.PatrolPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A township's patrol view: the township commission logs in and sees, read-only, when its own township and villages are
 * inspected (the county's rounds, restricted to its own entries) and its rectification ledger; no refusal, no raw
 * county code, no error dialog, and no planning tabs with the teams' members.
 */
class TownshipPatrolUiTest {

    @TempDir
    Path data;

    private RunningWorkbench wb;
    private Display display;
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

        wb.close();
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
        wb = new RunningWorkbench(data, user);
        display = wb.display();
        workbench = wb.workbench;
        return wb.window;
    }

    private <T> T call(Supplier<T> onUiThread) {
        return wb.call(onUiThread);
    }

    private <T> T await(String what, Supplier<T> probe) throws InterruptedException {
        return wb.await(what, probe);
    }

    @AfterEach
    void closeWhatIsLeft() throws InterruptedException {
        if (wb != null) {
            wb.close();
        }
    }
}
