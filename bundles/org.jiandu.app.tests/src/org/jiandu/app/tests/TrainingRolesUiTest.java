package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jiandu.training.ui.TrainingPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training screen as its roles meet it (issue 17): a trainer finds the planning actions disabled but may record;
 * a correction without its reason stays in its dialog with one sentence saying what is missing.
 */
class TrainingRolesUiTest {

    @TempDir
    Path data;

    private RunningWorkbench wb;
    private Display display;
    private IWorkbench workbench;

    @Test
    void aTrainerMayRecordButNotPlan() throws Exception {
        Shell window = logIn("trainer");
        IEclipseContext context = showTraining();
        List<Button> buttons = await("the sessions tab's buttons", () -> {
            List<Button> found = buttons(window);
            return found.stream().anyMatch(b -> plain(b).startsWith("新建培训班") || plain(b).startsWith("New session")) ? found : null;
        });
        assertFalse(call(() -> enabled(buttons, "新建培训班", "New session")), "a trainer does not plan sessions");
        assertFalse(call(() -> enabled(buttons, "自动安排应训", "Assign required")), "nor assigns required training");
        assertFalse(call(() -> enabled(buttons, "冻结报表", "Freeze report")), "nor freezes a report");
        assertFalse(call(() -> enabled(buttons, "确认上岗", "Confirm on post")), "nor confirms a posting");
        assertTrue(call(() -> enabled(buttons, "导入考勤成绩", "Import attendance")), "a trainer records the sessions they run");
        assertTrue(call(() -> enabled(buttons, "登记成绩", "Record")), "and their results");
        assertFalse(call(() -> Commands.canExecute(context, "org.jiandu.training.ui.command.newSession")), "Ctrl+N as the button");
        assertTrue(call(() -> Commands.canExecute(context, "org.jiandu.training.ui.command.importAttendance")));
        close();
    }

    @Test
    void aCorrectionWithoutItsReasonStaysInTheDialog() throws Exception {
        Shell window = logIn("county");
        showTraining();
        // a session with results: the all-staff training of this year
        await("a session with completed records", () -> {
            Table sessions = UiLookup.named(window, TrainingPart.SESSIONS, Table.class);
            for (int i = 0; i < sessions.getItemCount(); i++) {
                if (sessions.getItem(i).getText(0).contains("-QY-")) {
                    sessions.setSelection(i);
                    sessions.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return true;
                }
            }
            return null;
        });
        await("its attendance", () -> {
            Table t = UiLookup.named(window, TrainingPart.ATTENDANCE, Table.class);
            if (t.getItemCount() == 0) {
                return null;
            }
            t.setSelection(0);
            t.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return true;
        });
        display.asyncExec(() -> buttons(window).stream().filter(b -> plain(b).startsWith("登记成绩") || plain(b).startsWith("Record"))
                .findFirst().orElseThrow().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
        Shell dialog = await("the record dialog", () -> {
            for (Shell s : display.getShells()) {
                if (s.isVisible() && UiLookup.named(s, "jiandu.training.record.reason", Text.class) != null) {
                    return s;
                }
            }
            return null;
        });
        display.syncExec(() -> {
            UiLookup.named(dialog, "jiandu.training.record.reason", Text.class).setText("  ");
            dialog.getDefaultButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        String problem = await("the refusal under the fields", () -> {
            String text = UiLookup.named(dialog, "jiandu.training.form.problems", Label.class).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(problem.contains("原因") || problem.contains("reason"), problem);
        assertFalse(problem.contains("Exception"), problem);
        assertFalse(call(dialog::isDisposed), "the dialog stays open, nothing typed is lost");
        display.syncExec(dialog::close);
        close();
    }

    private static String plain(Button b) {
        return b.getText().replace("&", "");
    }

    private static boolean enabled(List<Button> buttons, String zh, String en) {
        Button b = buttons.stream().filter(x -> plain(x).startsWith(zh) || plain(x).startsWith(en)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + zh));
        return b.getEnabled();
    }

    private static List<Button> buttons(Composite root) {
        List<Button> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0) {
                out.add(b);
            }
            if (c instanceof Composite k) {
                out.addAll(buttons(k));
            }
        }
        return out;
    }

    private IEclipseContext showTraining() throws InterruptedException {
        MWindow model = workbench.getApplication().getChildren().get(0);
        IEclipseContext context = model.getContext();
        display.syncExec(() -> context.get(EPartService.class).showPart(TrainingPart.ID, PartState.ACTIVATE));
        await("the training part active", () -> TrainingPart.ID.equals(context.get(EPartService.class).getActivePart().getElementId())
                ? true : null);
        return context;
    }

    private Shell logIn(String user) throws Exception {
        wb = new RunningWorkbench(data, user);
        display = wb.display();
        workbench = wb.workbench;
        return wb.window;
    }

    private void close() throws InterruptedException {
        wb.close();
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
