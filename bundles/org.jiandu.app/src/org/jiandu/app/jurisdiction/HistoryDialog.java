package org.jiandu.app.jurisdiction;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;
import org.jiandu.core.jurisdiction.HistoryEntry;
import org.jiandu.ui.ScreenDialog;
import org.jiandu.ui.Tables;
import org.jiandu.ui.Widgets;

/** 修改记录 of a place or a cadre: what changed, from what to what, effective when, recorded by whom. */
final class HistoryDialog extends ScreenDialog {

    static final String TABLE = "jiandu.jurisdiction.history";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final List<HistoryEntry> entries;
    private final Map<String, String> names;

    HistoryDialog(Shell parent, String title, List<HistoryEntry> entries, Map<String, String> names) {
        super(parent, title, 860, 420);
        this.entries = entries;
        this.names = names;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        if (entries.isEmpty()) {
            new Label(area, SWT.WRAP).setText(Messages.jedit_no_history);
            return area;
        }
        TableViewer t = Widgets.table(area, TABLE);
        Tables.column(t, HistoryEntry.class, Messages.jhist_on, 90, e -> e.effectiveOn() == null ? "" : e.effectiveOn().toString());
        Tables.column(t, HistoryEntry.class, Messages.jhist_kind, 70, e -> FieldLabel.kind(e.kind()));
        Tables.column(t, HistoryEntry.class, Messages.jimp_field, 100, e -> FieldLabel.of(e.kind(), e.field()));
        Tables.column(t, HistoryEntry.class, Messages.jimp_old, 140, e -> e.oldValue() == null ? "" : e.oldValue());
        Tables.column(t, HistoryEntry.class, Messages.jimp_new_value, 140, e -> e.newValue() == null ? "" : e.newValue());
        Tables.column(t, HistoryEntry.class, Messages.jhist_by, 90, e -> names.getOrDefault(e.actor(), e.actor()));
        Tables.column(t, HistoryEntry.class, Messages.jhist_recorded, 120, e -> e.recordedAt() == null ? "" : WHEN.format(e.recordedAt()));
        t.setInput(entries);
        return area;
    }
}
