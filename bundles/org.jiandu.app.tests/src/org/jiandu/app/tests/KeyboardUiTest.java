package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.jiandu.app.KeysDialog;
import org.jiandu.app.parts.JurisdictionPart;
import org.jiandu.app.parts.ModuleNavigatorPart;
import org.jiandu.core.Progress;
import org.jiandu.core.ServiceLookup;
import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchService;
import org.jiandu.search.ui.SearchPart;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen without a mouse: on every tab of every module, the Tab key reaches every control a user works with
 * (fields, lists, tables, enabled buttons), and every push button has a mnemonic of its own on its screen. The keys
 * of the shell and the search module (Go → …, Ctrl+F, Enter, Help → Keys, Escape) work as X key events.
 */
class KeyboardUiTest {

    @TempDir
    Path data;

    @Test
    void tabReachesEveryControlOfEveryScreen() throws Exception {
        List<String> unreachable = new ArrayList<>();
        List<String> noMnemonic = new ArrayList<>();
        try (RunningWorkbench wb = new RunningWorkbench(data, "admin")) {
            Session session = ServiceLookup.await(getClass(), Session.class, 10_000);
            EPartService parts = wb.workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class);
            wb.run(wb.window::forceActive);
            for (WorkbenchModule m : RunningWorkbench.modules()) {
                if (!m.availableTo(session.subject())) {
                    continue;
                }
                MPart part = wb.call(() -> parts.showPart(m.partId(), PartState.ACTIVATE));
                wb.await(m.id() + " shown", () -> part.getWidget() instanceof Composite c && c.isVisible() ? true : null);
                Thread.sleep(1_500);
                Composite root = (Composite) part.getWidget();
                CTabFolder folder = wb.call(() -> folder(root));
                int tabs = folder == null ? 1 : wb.call(folder::getItemCount);
                for (int t = 0; t < tabs; t++) {
                    int tab = t;
                    String screen = m.id() + (folder == null ? "" : "-" + tab);
                    wb.call(() -> {
                        if (folder != null) {
                            folder.setSelection(tab);
                            folder.notifyListeners(SWT.Selection, new Event());
                        }
                        return null;
                    });
                    Composite page = wb.call(() -> folder == null ? root : (Composite) folder.getItem(tab).getControl());
                    // focus left in another part's tab bar by the screen before: activate the part, then focus the page
                    wb.run(() -> parts.activate(part));
                    wb.await(screen + " focused", () -> {
                        Control first = firstFocusable(page);
                        return first == null || first.forceFocus() ? true : null;
                    });
                    wb.call(() -> {
                        Set<Control> wanted = new LinkedHashSet<>();
                        workControls(page, wanted);
                        Set<Control> reached = tabThrough(page, wanted.size() * 3 + 20);
                        Map<Character, String> letters = new HashMap<>();
                        for (Control c : wanted) {
                            int amp = c instanceof Button b ? b.getText().indexOf('&') : -1;
                            if (amp >= 0 && amp + 1 < ((Button) c).getText().length()) {
                                String text = ((Button) c).getText();
                                String other = letters.put(Character.toLowerCase(text.charAt(amp + 1)), text);
                                if (other != null) {
                                    noMnemonic.add(screen + ": " + text + " shares its letter with " + other);
                                }
                            }
                            if (c instanceof Text text && (text.getStyle() & SWT.MULTI) != 0 && !text.isListening(SWT.Traverse)) {
                                unreachable.add(screen + ": a multi-line field keeps Tab (Widgets.tabMovesOn) " + describe(c));
                            }
                            if (!reached.contains(c)) {
                                unreachable.add(screen + ": " + describe(c));
                            }
                            if (c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0 && !b.getText().isEmpty()
                                    && !b.getText().contains("&")) {
                                noMnemonic.add(screen + ": " + b.getText());
                            }
                        }
                        return null;
                    });
                }
            }
        }
        assertTrue(unreachable.isEmpty() && noMnemonic.isEmpty(),
                "not reached with Tab: " + unreachable + "; buttons without a mnemonic of their own: " + noMnemonic);
    }

    @Test
    void keysReachTheModulesTheSearchAndTheirHelp() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "investigator")) {
            Path archive = Files.createDirectories(data.resolveSibling(data.getFileName() + "-archive"));
            Files.writeString(archive.resolve("谈话笔录.txt"), "2024年3月被谈话人承认套取补贴资金。");
            Session session = ServiceLookup.await(getClass(), Session.class, 10_000);
            SearchService search = ServiceLookup.await(getClass(), SearchService.class, 10_000);
            IndexReport indexed = search.index(session.subject(),
                    List.of(archive), "danfeng-t01", null, Progress.NONE);
            assertEquals(1, indexed.added(), indexed.toString());
            wb.run(() -> {
                wb.window.forceActive();
                Rectangle r = wb.display().map(wb.window, null, wb.window.getClientArea());
                Event move = new Event();
                move.type = SWT.MouseMove;
                move.x = r.x + r.width / 2;
                move.y = r.y + r.height / 2;
                wb.display().post(move);
            });
            press(wb, SWT.MOD1 | SWT.MOD2, 'm');
            wb.await("the module list focused (Ctrl+Shift+M)", () -> focusNamed(wb, ModuleNavigatorPart.TABLE));
            press(wb, SWT.MOD1, 'f');
            Text query = wb.await("the query focused (Ctrl+F)", () -> wb.display().getFocusControl() instanceof Text t
                    && SearchPart.QUERY.equals(t.getData("name")) ? t : null);
            for (char c : "2024".toCharArray()) {
                press(wb, 0, c);
            }
            wb.await("typed into the query", () -> "2024".equals(query.getText()) ? true : null);
            press(wb, 0, SWT.CR);
            Table results = wb.await("the results", () -> UiLookup.named(wb.window, SearchPart.RESULTS, Table.class));
            Label status = wb.call(() -> UiLookup.named(wb.window, SearchPart.STATUS, Label.class));
            wb.await("hits listed after Enter", () -> results.getItemCount() > 0 ? true : null,
                    () -> "the query '" + query.getText() + "' says " + status.getText());
            press(wb, SWT.MOD1 | SWT.MOD2, 'j');
            wb.await("the jurisdiction tree focused (Ctrl+Shift+J)", () -> focusNamed(wb, JurisdictionPart.TREE));
            press(wb, SWT.MOD1 | SWT.MOD2, 'l');
            Shell keys = wb.await("Help → Keys (Ctrl+Shift+L)", () -> wb.display().getActiveShell() != wb.window
                    && wb.display().getActiveShell() != null ? wb.display().getActiveShell() : null);
            Table list = wb.call(() -> UiLookup.named(keys, KeysDialog.TABLE, Table.class));
            List<String> keyNames = wb.call(() -> Arrays.stream(list.getItems()).map(i -> i.getText(1)).toList());
            assertTrue(keyNames.contains(KeySequence.getInstance("M1+F").format())
                    && keyNames.contains(KeySequence.getInstance("M1+M2+M").format()) && keyNames.contains("Tab / Shift+Tab"),
                    "the keys listed: " + keyNames);
            press(wb, 0, SWT.ESC);
            wb.await("Escape closes the dialog", () -> keys.isDisposed() ? true : null);
        }
    }

    /** Presses {@code key} with {@code modifiers} as a user would (X events through the display). */
    private static void press(RunningWorkbench wb, int modifiers, int key) throws InterruptedException {
        int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        int[] masks = { SWT.MOD1, SWT.MOD2, SWT.MOD3 };
        wb.run(() -> {
            for (int i = 0; i < mods.length; i++) {
                if ((modifiers & masks[i]) != 0) {
                    post(wb, SWT.KeyDown, mods[i]);
                }
            }
            post(wb, SWT.KeyDown, key);
            post(wb, SWT.KeyUp, key);
            for (int i = mods.length - 1; i >= 0; i--) {
                if ((modifiers & masks[i]) != 0) {
                    post(wb, SWT.KeyUp, mods[i]);
                }
            }
        });
        Thread.sleep(150);
    }

    private static void post(RunningWorkbench wb, int type, int key) {
        Event e = new Event();
        e.type = type;
        // Enter, Escape and the modifiers are key codes for X (a character 13 would be no key at all)
        if ((key & SWT.KEYCODE_BIT) != 0 || key == SWT.CR || key == SWT.ESC || key == SWT.CTRL || key == SWT.SHIFT
                || key == SWT.ALT) {
            e.keyCode = key;
        } else {
            e.character = (char) key;
        }
        wb.display().post(e);
    }

    private static Boolean focusNamed(RunningWorkbench wb, String name) {
        Control f = wb.display().getFocusControl();
        return f != null && name.equals(f.getData("name")) ? true : null;
    }

    /** From the focused control, presses Tab until focus comes round again or {@code limit} presses. */
    private static Set<Control> tabThrough(Composite page, int limit) {
        Set<Control> reached = new LinkedHashSet<>();
        Control c = page.getDisplay().getFocusControl();
        for (int i = 0; i < limit && c != null; i++) {
            reached.add(c);
            c.traverse(SWT.TRAVERSE_TAB_NEXT);
            Control next = c.getDisplay().getFocusControl();
            if (next == null || next == c && i > 0) {
                break;
            }
            c = next;
        }
        return reached;
    }

    private static Control firstFocusable(Composite page) {
        for (Control c : page.getChildren()) {
            if (!c.isVisible() || !c.isEnabled()) {
                continue;
            }
            if (isWork(c)) {
                return c;
            }
            if (c instanceof Composite comp) {
                Control inner = firstFocusable(comp);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The visible, enabled controls a user types into, chooses in or presses. */
    private static void workControls(Composite parent, Set<Control> into) {
        for (Control c : parent.getChildren()) {
            if (!c.isVisible() || !c.isEnabled()) {
                continue;
            }
            if (isWork(c) && !(c instanceof Text text && !text.getEditable())) {
                into.add(c);
            }
            if (c instanceof Composite comp && !(c instanceof Table || c instanceof Tree || c instanceof Combo)) {
                workControls(comp, into);
            }
        }
    }

    private static boolean isWork(Control c) {
        return c instanceof Text || c instanceof Combo || c instanceof Table || c instanceof Tree
                || c instanceof org.eclipse.swt.widgets.List || c instanceof Button;
    }

    private static String describe(Control c) {
        String text = c instanceof Button b ? b.getText() : "";
        Object name = c.getData("name");
        return c.getClass().getSimpleName() + (text.isEmpty() ? "" : " '" + text + "'")
                + (name == null ? "" : " " + name);
    }

    private static CTabFolder folder(Control c) {
        if (c instanceof CTabFolder f) {
            return f;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                CTabFolder f = folder(child);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
