package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.tasks.ui.Messages;
import org.jiandu.tasks.ui.TasksPart;
import org.jiandu.ui.FormDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supervision tasks as its users work in the real workbench: a township commission reports on its own overdue task
 * from its work list (a report without its text stays in the dialog and says why), and the county commission
 * returns a report for more, which needs a note. Screenshots of both dialogs go to {@code target/screenshots/tasks-LANG}.
 */
class TasksUiTest {

    @TempDir
    Path data;

    private RunningWorkbench wb;
    private Display display;

    @Test
    void aTownshipReportsOnItsOwnOverdueTask() throws Exception {
        Shell window = show("township");
        Table work = wb.await("the township's work list", () -> {
            Table t = UiLookup.named(window, TasksPart.WORK, Table.class);
            return t != null && t.getItemCount() > 0 ? t : null;
        });
        Set<String> bodies = wb.call(() -> {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < work.getItemCount(); i++) {
                names.add(work.getItem(i).getText(0));
            }
            return names;
        });
        assertEquals(1, bodies.size(), "only its own body's tasks: " + bodies);
        List<String> labels = wb.call(() -> buttons(window).stream().map(b -> plain(b.getText())).toList());
        assertTrue(labels.contains(plain(Messages.report)), labels.toString());
        assertFalse(labels.contains(plain(Messages.verify)), "a township does not verify: " + labels);
        assertFalse(labels.contains(plain(Messages.publish)), "nor publish the ranking: " + labels);

        int row = wb.await("an overdue or due task of its own", () -> {
            for (int i = 0; i < work.getItemCount(); i++) {
                String status = work.getItem(i).getText(3);
                if (status.equals("逾期") || status.equals("overdue") || status.equals("即将到期") || status.equals("due soon")) {
                    return i;
                }
            }
            return null;
        });
        Shell dialog = open(window, work, row, Messages.report, "jiandu.tasks.report.text");
        display.syncExec(() -> dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event()));
        String refusal = message(dialog);
        assertTrue(refusal.contains("报告正文") || refusal.contains("text"), refusal);
        assertFalse(refusal.contains("Exception"), refusal);
        assertFalse(wb.call(dialog::isDisposed), "the dialog stays open");
        Path proof = Files.writeString(Files.createTempFile("谈话记录", ".txt"), "谈话记录三份");
        display.syncExec(() -> {
            UiLookup.named(dialog, "jiandu.tasks.report.text", Text.class).setText("已按要求完成检查，问题清单见附件");
            UiLookup.named(dialog, "jiandu.tasks.report.file", Text.class).setText(proof.toString());
        });
        save("report");
        int before = wb.call(work::getItemCount);
        display.syncExec(() -> dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event()));
        wb.await("the dialog closed", () -> dialog.isDisposed() ? true : null);
        wb.await("the work list without the reported task", () -> work.getItemCount() == before - 1 ? true : null);
        assertNull(wb.call(this::errorDialog), "no error dialog");
    }

    @Test
    void theCountyReturnsAReportForMoreWithANote() throws Exception {
        Shell window = show("county");
        Table work = wb.await("the county's work list", () -> {
            Table t = UiLookup.named(window, TasksPart.WORK, Table.class);
            return t != null && t.getItemCount() > 0 ? t : null;
        });
        int row = wb.await("a report to verify", () -> {
            for (int i = 0; i < work.getItemCount(); i++) {
                String status = work.getItem(i).getText(3);
                if (status.equals("待核查") || status.equals("awaiting verification")) {
                    return i;
                }
            }
            return null;
        });
        Shell dialog = open(window, work, row, Messages.verify, "jiandu.tasks.verify.note");
        display.syncExec(() -> {
            Combo outcome = UiLookup.named(dialog, "jiandu.tasks.verify.outcome", Combo.class);
            outcome.select(1); // returned for more
            outcome.notifyListeners(SWT.Selection, new Event());
            dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        String refusal = message(dialog);
        assertTrue(refusal.contains("理由") || refusal.contains("why"), refusal);
        display.syncExec(() -> UiLookup.named(dialog, "jiandu.tasks.verify.note", Text.class).setText("缺少问题整改清单，请补充"));
        save("verify");
        display.syncExec(() -> dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event()));
        wb.await("the dialog closed", () -> dialog.isDisposed() ? true : null);
        assertNull(wb.call(this::errorDialog), "no error dialog");

        // the ranking tab: a published period, with its chart and table
        wb.call(() -> {
            CTabFolder tabs = UiLookup.named(window, TasksPart.TABS, CTabFolder.class);
            tabs.setSelection(TasksPart.RANKING_TAB);
            tabs.notifyListeners(SWT.Selection, new Event());
            return true;
        });
        wb.await("last month's ranking", () -> {
            Table t = UiLookup.named(window, TasksPart.RANKING, Table.class);
            return t != null && t.getItemCount() > 0 ? true : null;
        });
    }

    @Test
    void theCountyIssuesFromASheetAndAssignsAProblem() throws Exception {
        Shell window = show("county");
        select(window, TasksPart.LISTS_TAB);
        wb.await("the lists", () -> {
            Table t = UiLookup.named(window, TasksPart.LISTS, Table.class);
            return t != null && t.getItemCount() > 0 ? true : null;
        });
        Path sheet = Files.createTempFile("清单", ".xlsx");
        XlsxWriter.write(sheet, List.of(new XlsxWriter.Sheet("清单", List.of(
                List.of("任务", "类别", "报告要求", "佐证材料", "分值", "时限", "承办单位"),
                List.of("落实八项规定精神监督检查", "共性", "检查情况", "", "十分", "2026-13-01", "all-townships")))));
        display.asyncExec(() -> buttons(window).stream().filter(b -> plain(b.getText()).equals(plain(Messages.issue))).findFirst()
                .orElseThrow().notifyListeners(SWT.Selection, new Event()));
        Shell issue = wb.await("the issue dialog", () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && UiLookup.named(s, "jiandu.tasks.issue.file", Text.class) != null) {
                    return s;
                }
            }
            return null;
        });
        display.syncExec(() -> {
            UiLookup.named(issue, "jiandu.tasks.issue.file", Text.class).setText(sheet.toString());
            issue.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        String refusal = message(issue);
        assertTrue(refusal.contains("E") && refusal.contains("F"), "names the columns of the bad cells: " + refusal);
        save("issue");
        display.syncExec(issue::close);

        select(window, TasksPart.LOOPS_TAB);
        Table loops = wb.await("the loops", () -> {
            Table t = UiLookup.named(window, TasksPart.LOOPS, Table.class);
            return t != null && t.getItemCount() > 0 ? t : null;
        });
        int found = wb.call(() -> {
            for (int i = 0; i < loops.getItemCount(); i++) {
                if (loops.getItem(i).getText(4).isEmpty()) { // no owner yet: found, not assigned
                    return i;
                }
            }
            return -1;
        });
        assertTrue(found >= 0, "a problem not assigned yet");
        Shell assign = open(window, loops, found, Messages.loop_assign, "jiandu.tasks.loop.owner");
        display.syncExec(() -> UiLookup.named(assign, "jiandu.tasks.loop.owner", Text.class).setText("镇党委副书记"));
        save("loop-assign");
        display.syncExec(() -> assign.getDefaultButton().notifyListeners(SWT.Selection, new Event()));
        wb.await("the assign dialog closed", () -> assign.isDisposed() ? true : null);
        wb.await("the loop assigned", () -> loops.getItem(found).getText(4).equals("镇党委副书记") ? true : null);
        assertNull(wb.call(this::errorDialog), "no error dialog");
    }

    private void select(Shell window, int tab) {
        wb.call(() -> {
            CTabFolder tabs = UiLookup.named(window, TasksPart.TABS, CTabFolder.class);
            tabs.setSelection(tab);
            tabs.notifyListeners(SWT.Selection, new Event());
            return true;
        });
    }

    /** A label without its mnemonic, as the user reads it. */
    private static String plain(String label) {
        return label.replaceAll("\\(&\\w\\)", "").replace("&", "");
    }

    /** Selects a row of the work list, presses the button and returns the dialog that holds the named field. */
    private Shell open(Shell window, Table work, int row, String button, String field) throws InterruptedException {
        display.syncExec(() -> {
            work.setSelection(row);
            work.notifyListeners(SWT.Selection, new Event());
        });
        display.asyncExec(() -> buttons(window).stream().filter(b -> plain(b.getText()).equals(plain(button))).findFirst()
                .orElseThrow().notifyListeners(SWT.Selection, new Event()));
        return wb.await("the dialog " + button, () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && UiLookup.named(s, field, Control.class) != null) {
                    return s;
                }
            }
            return null;
        });
    }

    private String message(Shell dialog) throws InterruptedException {
        return wb.await("the refusal under the fields", () -> {
            String text = UiLookup.named(dialog, FormDialog.MESSAGE, Label.class).getText();
            return text.isBlank() ? null : text;
        });
    }

    private Shell show(String user) throws Exception {
        wb = new RunningWorkbench(data, user);
        display = wb.display();
        display.syncExec(() -> wb.workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class)
                .showPart(TasksPart.ID, PartState.ACTIVATE));
        return wb.window;
    }

    /** A screenshot of the whole display once what was just changed is painted. */
    private void save(String name) throws Exception {
        Thread.sleep(600); // the UI thread paints meanwhile
        Path dir = Path.of(System.getProperty("jiandu.screenshots", "target/screenshots")).resolve("tasks-" + Locale.getDefault()
                .getLanguage());
        Files.createDirectories(dir);
        Screenshots.save(display, dir.resolve(name + ".png"));
    }

    private String errorDialog() {
        for (Shell s : display.getShells()) {
            if (s.isVisible() && s.getParent() != null) {
                return s.getText();
            }
        }
        return null;
    }

    private static List<Button> buttons(Composite root) {
        List<Button> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0 && b.isVisible()) {
                out.add(b);
            }
            if (c instanceof Composite k) {
                out.addAll(buttons(k));
            }
        }
        return out;
    }

    @AfterEach
    void closeWhatIsLeft() throws InterruptedException {
        if (wb != null) {
            wb.close();
        }
    }
}
