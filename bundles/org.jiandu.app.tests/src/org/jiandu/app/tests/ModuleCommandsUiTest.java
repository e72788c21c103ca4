package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modules' actions as e4 commands: each module's fragment adds a menu to the main menu, its key bindings resolve
 * in its own binding context, its part-local handlers act on the active part, and its commands are disabled while
 * another module's part is active.
 */
class ModuleCommandsUiTest {

    private static final String SEARCH_REFRESH = "org.jiandu.search.ui.command.refresh",
            TRAINING_REFRESH = "org.jiandu.training.ui.command.refresh", SEARCH_PART = "org.jiandu.search.ui.part.search",
            TRAINING_PART = "org.jiandu.training.ui.part.training";

    @TempDir
    Path data;

    private RunningWorkbench wb;
    private Display display;
    private IWorkbench workbench;

    @Test
    void modulesContributeMenusKeyBindingsAndPartLocalHandlers() throws Exception {
        Shell window = logIn();
        MWindow model = workbench.getApplication().getChildren().get(0);
        IEclipseContext context = model.getContext();

        // each module's menu sits in the main menu, before Help; File and Administration stay first
        List<String> menus = await("the main menu", () -> {
            List<String> ids = new ArrayList<>();
            for (MMenuElement m : model.getMainMenu().getChildren()) {
                ids.add(m.getElementId());
            }
            return ids.size() >= 7 ? ids : null;
        });
        assertEquals(List.of("org.jiandu.app.menu.file", "org.jiandu.app.menu.admin"), menus.subList(0, 2), menus.toString());
        assertEquals("org.jiandu.app.menu.help", menus.get(menus.size() - 1), menus.toString());
        for (String module : List.of("search", "training", "patrol", "cleanunit")) {
            assertTrue(menus.contains("org.jiandu." + module + ".ui.menu"), module + " in " + menus);
        }
        List<String> shown = await("the menu bar", () -> {
            List<String> texts = new ArrayList<>();
            for (MenuItem i : window.getMenuBar().getItems()) {
                texts.add(i.getText());
            }
            // the administration menu is the administrator's: not rendered for the county commission's user
            return texts.size() == menus.size() - 1 ? texts : null;
        });
        assertTrue(shown.contains("检索(&S)") || shown.contains("&Search"), shown.toString());

        // the search part is active: F5 means the search module's refresh, which runs the search again
        Path archive = Files.createDirectories(data.resolveSibling(data.getFileName() + "-archive"));
        Files.writeString(archive.resolve("谈话笔录.txt"), "被谈话人王某某承认套取危房改造补贴资金。");
        index(archive);
        show(context, SEARCH_PART);
        display.syncExec(() -> {
            Text q = UiLookup.named(window, "jiandu.search.query", Text.class);
            q.setText("套取 补贴");
            q.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        });
        await("one hit", () -> UiLookup.named(window, "jiandu.search.results", Table.class).getItemCount() == 1 ? true : null);
        assertEquals(SEARCH_REFRESH, boundTo(context, "F5"));
        Path more = Files.createDirectories(data.resolveSibling(data.getFileName() + "-more"));
        Files.writeString(more.resolve("情况说明.txt"), "王某某套取补贴一事的情况说明。");
        index(more);
        assertEquals(1, (int) await("still one hit", () -> UiLookup.named(window, "jiandu.search.results", Table.class).getItemCount()),
                "nothing re-runs the search by itself");
        assertTrue(run(context, SEARCH_REFRESH), "refresh runs in the search part");
        await("two hits after the refresh", () -> UiLookup.named(window, "jiandu.search.results", Table.class).getItemCount() == 2 ? true
                : null);

        // with the training part active the search module's commands are disabled, and F5 is training's refresh
        show(context, TRAINING_PART);
        await("training's refresh enabled", () -> Commands.canExecute(context, TRAINING_REFRESH) ? true : null);
        assertFalse(call(() -> Commands.canExecute(context, SEARCH_REFRESH)), "search refresh while training is active");
        assertFalse(call(() -> Commands.canExecute(context, "org.jiandu.search.ui.command.export")),
                "search export while training is active");
        assertEquals(TRAINING_REFRESH, boundTo(context, "F5"));
        assertEquals("org.jiandu.training.ui.command.newSession", boundTo(context, "M1+N"));

        close();
    }

    private Shell logIn() throws Exception {
        wb = new RunningWorkbench(data, "county");
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

    private void index(Path folder) {
        org.jiandu.ui.Session session = service(org.jiandu.ui.Session.class);
        org.jiandu.search.IndexReport r = service(org.jiandu.search.SearchService.class).index(session.subject(),
                List.of(folder), "danfeng-t01", null, org.jiandu.core.Progress.NONE);
        assertEquals(1, r.added(), r.toString());
    }

    private void show(IEclipseContext context, String partId) throws InterruptedException {
        display.syncExec(() -> context.get(EPartService.class).showPart(partId, PartState.ACTIVATE));
        await(partId + " active", () -> partId.equals(context.get(EPartService.class).getActivePart().getElementId()) ? true : null);
    }

    /** Runs the command as a menu item or key would: through the handler service, if its handler is enabled. */
    private boolean run(IEclipseContext context, String id) {
        return call(() -> {
            if (!Commands.canExecute(context, id)) {
                return false;
            }
            Commands.execute(context, id);
            return true;
        });
    }

    /** The command a key sequence runs in the active part's binding contexts. */
    private String boundTo(IEclipseContext context, String keys) throws Exception {
        KeySequence sequence = KeySequence.getInstance(keys);
        return call(() -> {
            Binding b = context.getActiveLeaf().get(EBindingService.class).getPerfectMatch(sequence);
            return b == null ? null : b.getParameterizedCommand().getId();
        });
    }

    private static <T> T service(Class<T> type) {
        return org.jiandu.core.ServiceLookup.await(ModuleCommandsUiTest.class, type, 10_000);
    }

    @AfterEach
    void closeWhatIsLeft() throws InterruptedException {
        if (wb != null) {
            wb.close();
        }
    }
}
