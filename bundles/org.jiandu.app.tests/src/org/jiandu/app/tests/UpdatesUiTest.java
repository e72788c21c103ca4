package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help → Updates and modules is the administrator's: the menu item is in the Help menu, enabled for the
 * administrator and not for the county commission. The test runtime was not installed by p2 (no profile to update),
 * so the administrator is told that in one sentence instead of an internal error; the update itself is checked on a
 * real archive by .ci/update-smoke.sh.
 */
class UpdatesUiTest {

    private static final String UPDATES = "org.jiandu.update.ui.command.updates";

    @TempDir
    Path data;

    @Test
    void theAdministratorFindsUpdatesInTheHelpMenu() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "admin")) {
            IEclipseContext context = wb.workbench.getApplication().getChildren().get(0).getContext();
            EModelService models = context.get(EModelService.class);
            MMenu help = wb.call(() -> models.findElements(wb.workbench.getApplication(), "org.jiandu.app.menu.help", MMenu.class,
                    null, EModelService.IN_MAIN_MENU).get(0));
            List<String> items = new ArrayList<>();
            for (MMenuElement e : help.getChildren()) {
                items.add(e.getElementId());
            }
            assertTrue(items.contains("org.jiandu.update.ui.menuitem.updates"), "Help menu: " + items);
            assertTrue(items.indexOf("org.jiandu.update.ui.menuitem.updates") < items.indexOf("org.jiandu.app.menuitem.about"),
                    "before About: " + items);

            wb.await("updates enabled for the administrator", () -> Commands.canExecute(context, UPDATES) ? true : null);
            wb.display().asyncExec(() -> Commands.execute(context, UPDATES));
            Shell told = wb.await("the answer", () -> UiLookup.shell(wb.display(), "Updates and modules") != null
                    ? UiLookup.shell(wb.display(), "Updates and modules") : UiLookup.shell(wb.display(), "更新与模块"));
            String text = wb.call(() -> labels(told));
            wb.run(told::close);
            assertTrue(text.contains("p2") && !text.toLowerCase().contains("internal"), "one sentence: " + text);
        }
    }

    @Test
    void theCountyCommissionCannotUpdate() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "county")) {
            IEclipseContext context = wb.workbench.getApplication().getChildren().get(0).getContext();
            assertFalse(wb.call(() -> Commands.canExecute(context, UPDATES)), "updates for the county commission");
        }
    }

    private static String labels(Composite root) {
        StringBuilder b = new StringBuilder();
        for (Control c : root.getChildren()) {
            if (c instanceof Label l) {
                b.append(l.getText()).append(' ');
            } else if (c instanceof Composite k) {
                b.append(labels(k));
            }
        }
        return b.toString();
    }
}
