package org.jiandu.ui;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;

/** List content that sizes the table's columns to what they show each time the table gets new rows. */
final class FittingContent extends ArrayContentProvider {

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        if (newInput != null && viewer instanceof TableViewer t) {
            // after the viewer has made its rows: asyncExec runs once this input change is done
            t.getTable().getDisplay().asyncExec(() -> Tables.fit(t.getTable()));
        }
    }
}
