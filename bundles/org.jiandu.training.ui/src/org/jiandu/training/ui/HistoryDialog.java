package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.training.EnrolmentView;
import org.jiandu.ui.HistoryTableDialog;
import org.jiandu.ui.PeopleNames;

/** The revisions of one cadre's record in a session: what it was, who changed it (by name), when, and why. */
final class HistoryDialog {

    private HistoryDialog() {
    }

    static void open(Shell shell, EnrolmentView record, List<EnrolmentView> revisions, PeopleNames people) {
        new HistoryTableDialog<>(shell, NLS.bind(Messages.history_title, record.cadreName(), record.sessionCode()),
                "jiandu.training.history", revisions, Messages.history_empty, table -> {
                    column(table, EnrolmentView.class, Messages.col_revision, 40, h -> String.valueOf(h.revision()));
                    column(table, EnrolmentView.class, Messages.col_status, 70, h -> Labels.of(h.status()));
                    column(table, EnrolmentView.class, Messages.col_hours, 50, h -> Format.num(h.hours()));
                    column(table, EnrolmentView.class, Messages.col_score, 50, h -> Format.num(h.score()));
                    column(table, EnrolmentView.class, Messages.col_completed, 90, h -> Format.date(h.completedOn()));
                    column(table, EnrolmentView.class, Messages.col_changed_by, 80, h -> people.name(h.recordedBy()));
                    column(table, EnrolmentView.class, Messages.col_when, 120, h -> HistoryTableDialog.when(h.recordedAt()));
                    column(table, EnrolmentView.class, Messages.col_note_reason, 220, h -> h.note() == null ? "" : h.note());
                }).open();
    }
}
