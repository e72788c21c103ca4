package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search module as an investigator meets it (which modules each role sees is RoleViewUiTest's): cases can be
 * registered, and the search screen of an installation without an index says how to fill it.
 */
class SearchRolesUiTest {

    @TempDir
    Path data;

    @Test
    void anInvestigatorRegistersCasesAndIsToldHowToFillAnEmptyIndex() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "investigator")) {
            show(wb, "org.jiandu.search.ui.part.cases");
            String count = wb.await("the cases", () -> {
                Label l = UiLookup.named(wb.window, "jiandu.cases.count", Label.class);
                return l != null && !l.getText().isEmpty() ? l.getText() : null;
            });
            assertTrue(count.equals("共 36 件") || count.equals("36 cases"), count);
            assertTrue(wb.call(() -> UiLookup.named(wb.window, "jiandu.cases.new", Button.class).isEnabled()),
                    "investigators register cases");

            show(wb, "org.jiandu.search.ui.part.search");
            String status = wb.await("the search screen", () -> {
                Label l = UiLookup.named(wb.window, "jiandu.search.status", Label.class);
                return l != null && !l.getText().isEmpty() ? l.getText() : null;
            });
            assertTrue(status.contains("索引文件夹") || status.contains("Index folder"), "an empty index says what to do: " + status);
        }
    }

    private static void show(RunningWorkbench wb, String partId) {
        wb.call(() -> wb.workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class)
                .showPart(partId, PartState.ACTIVATE));
    }
}
