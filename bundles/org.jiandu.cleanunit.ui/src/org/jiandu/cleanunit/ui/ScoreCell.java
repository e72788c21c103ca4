package org.jiandu.cleanunit.ui;

import java.util.Map;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.jiandu.cleanunit.IndicatorSet;

/** Editable points and notes; points are checked by the service when saved, shown as typed until then. */
final class ScoreCell extends EditingSupport {
    private final Map<String, String> values;
    private final Runnable changed;
    private final TextCellEditor editor;

    /** @param changed run after each edit (the total follows the points) */
    ScoreCell(TableViewer viewer, Map<String, String> values, Runnable changed) {
        super(viewer);
        this.values = values;
        this.changed = changed;
        this.editor = new TextCellEditor(viewer.getTable());
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        return values.getOrDefault(((IndicatorSet.Indicator) element).code(), "");
    }

    @Override
    protected void setValue(Object element, Object value) {
        values.put(((IndicatorSet.Indicator) element).code(), String.valueOf(value).strip());
        getViewer().update(element, null);
        changed.run();
    }
}
