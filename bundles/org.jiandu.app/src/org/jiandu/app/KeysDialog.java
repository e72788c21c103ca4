package org.jiandu.app;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.ui.ScreenDialog;
import org.jiandu.ui.Tables;
import org.jiandu.ui.Widgets;

/** The keys of the workbench, module by module (Help → Keys). */
public final class KeysDialog extends ScreenDialog {

    /** One binding: the module's menu, the action, the key as the platform writes it. */
    public record Row(String module, String action, String key) {
    }

    public static final String TABLE = "jiandu.keys.table";

    /** The keys SWT and the workbench's widgets give every screen, listed beside the modules' own. */
    public static List<Row> general() {
        String g = Messages.keys_general;
        return List.of(new Row(g, Messages.keys_next_control, "Tab / Shift+Tab"),
                new Row(g, Messages.keys_next_tab, "Ctrl+PageDown / Ctrl+PageUp"),
                new Row(g, Messages.keys_mnemonic, Messages.keys_alt_letter),
                new Row(g, Messages.keys_default, "Enter"),
                new Row(g, Messages.keys_cancel, "Esc"),
                new Row(g, Messages.keys_calendar, "Alt+\u2193"),
                new Row(g, Messages.keys_context, "Shift+F10"));
    }
    private final List<Row> rows;

    public KeysDialog(Shell parent, List<Row> rows) {
        super(parent, Messages.keys_title, 520, 460);
        this.rows = rows.stream().filter(r -> !r.module().isEmpty())
                .sorted(Comparator.comparing(Row::module).thenComparing(Row::key)).toList();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TableViewer t = Widgets.table(area, TABLE);
        Tables.column(t, Row.class, Messages.keys_module, 120, Row::module);
        // the key before the action: a long action must not push the key out of sight
        Tables.column(t, Row.class, Messages.keys_key, 100, Row::key);
        Tables.column(t, Row.class, Messages.keys_action, 200, Row::action);
        GridData gd = (GridData) t.getTable().getLayoutData();
        gd.heightHint = 320;
        gd.widthHint = 460;
        t.setInput(rows);
        return area;
    }
}
