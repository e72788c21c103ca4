package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiandu.app.parts.CadreListPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench on the screen the UI tests run on (1024×768 under ./jiandu-test): the first window fits it and the
 * window opens next time at the size it was closed with; a table sorts by the column whose header is clicked.
 */
class SmallScreenUiTest {

    @TempDir
    Path data;

    @Test
    void theWindowFitsTheScreenAndRemembersItsSize() throws Exception {
        Rectangle area;
        try (RunningWorkbench wb = new RunningWorkbench(data, "county")) {
            area = wb.call(() -> wb.display().getPrimaryMonitor().getClientArea());
            Rectangle first = wb.call(wb.window::getBounds);
            assertTrue(area.contains(first.x, first.y) && first.x + first.width <= area.x + area.width
                    && first.y + first.height <= area.y + area.height, first + " outside the screen " + area);
            wb.call(() -> {
                wb.window.setSize(Math.min(900, area.width), Math.min(600, area.height));
                return null;
            });
            wb.await("the model follows the new size", () -> wb.workbench.getApplication().getChildren().get(0).getWidth()
                    == Math.min(900, area.width) ? true : null);
        }
        assertTrue(Files.isRegularFile(data.resolve("window.properties")), "the size is kept");
        try (RunningWorkbench wb = new RunningWorkbench(data, "county")) {
            Rectangle again = wb.call(wb.window::getBounds);
            assertEquals(Math.min(900, area.width), again.width, again.toString());
        }
    }

    @Test
    void aTableSortsByTheColumnClicked() throws Exception {
        try (RunningWorkbench wb = new RunningWorkbench(data, "county")) {
            Table cadres = wb.await("the cadre list", () -> UiLookup.named(wb.window, CadreListPart.TABLE, Table.class));
            // the county is chosen at the start: all its cadres are listed
            wb.await("cadres listed", () -> cadres.getItemCount() > 5 ? true : null);
            int nameColumn = wb.call(() -> indexOf(cadres, org.jiandu.app.Messages.cadres_name));
            Collator order = Collator.getInstance(Locale.getDefault());
            List<String> before = wb.call(() -> texts(cadres, nameColumn));
            click(wb, cadres, nameColumn);
            List<String> up = wb.call(() -> texts(cadres, nameColumn));
            List<String> sorted = new ArrayList<>(before);
            sorted.sort(order);
            assertEquals(sorted, up, "ascending by name");
            assertEquals(SWT.UP, (int) wb.call(cadres::getSortDirection));
            click(wb, cadres, nameColumn);
            List<String> down = wb.call(() -> texts(cadres, nameColumn));
            sorted.sort(order.reversed());
            assertEquals(sorted, down, "descending on the second click");
            assertNotEquals(up, down);
        }
    }

    private static void click(RunningWorkbench wb, Table table, int column) {
        wb.call(() -> {
            TableColumn c = table.getColumn(column);
            c.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    private static int indexOf(Table table, String header) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static List<String> texts(Table table, int column) {
        List<String> out = new ArrayList<>();
        for (TableItem i : table.getItems()) {
            out.add(i.getText(column));
        }
        return out;
    }
}
