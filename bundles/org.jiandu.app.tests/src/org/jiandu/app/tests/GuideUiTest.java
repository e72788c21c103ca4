package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;
import org.jiandu.app.guide.GuideDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help → User guide (F1): the workbench's guide and one per module the role may use, each with its screenshots; a
 * trainer gets no guide of the case-archive search it may not use.
 */
class GuideUiTest {

    @TempDir
    Path data;

    @Test
    void theGuideShowsTheModulesTheRoleMayUse() throws Exception {
        List<String> county = guides("county", true);
        assertTrue(county.size() >= 5, "the workbench and four modules: " + county);
        List<String> trainer = guides("trainer", false);
        assertTrue(trainer.size() < county.size(), trainer + " vs " + county);
        assertFalse(trainer.contains(county.get(1)), "no search guide for a trainer: " + trainer);
    }

    /** The titles the guide lists for {@code user}; checks that the first page shows a screenshot when asked. */
    private List<String> guides(String user, boolean checkImage) throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, user)) {
            IEclipseContext context = wb.workbench.getApplication().getChildren().get(0).getContext();
            wb.call(() -> {
                // async: the dialog runs its own event loop until it is closed
                wb.display().asyncExec(() -> {
                    Commands.execute(context, "org.jiandu.app.command.guide");
                });
                return null;
            });
            Shell dialog = wb.await("the guide", () -> UiLookup.shell(wb.display(), Messages.guide_title));
            org.eclipse.swt.widgets.List list = wb.await("its list",
                    () -> UiLookup.named(dialog, GuideDialog.LIST, org.eclipse.swt.widgets.List.class));
            List<String> titles = wb.call(() -> Arrays.asList(list.getItems()));
            if (checkImage) {
                boolean image = wb.call(() -> hasImage(UiLookup.named(dialog, GuideDialog.PAGE, Composite.class)));
                assertTrue(image, "the workbench guide shows its screenshot");
            }
            wb.display().syncExec(dialog::close);
            return titles;
        }
    }

    private static boolean hasImage(Control c) {
        if (c instanceof Label l && l.getImage() != null) {
            return true;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                if (hasImage(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
