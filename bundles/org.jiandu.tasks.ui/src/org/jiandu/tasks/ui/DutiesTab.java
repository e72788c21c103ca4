package org.jiandu.tasks.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.DutyRow;
import org.jiandu.tasks.ResponsibilityService;
import org.jiandu.tasks.TaskLabels;
import org.jiandu.tasks.TaskRights;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * Main responsibility (主体责任, 柞水): every unit's and township's and every leading cadre's year so far — periods
 * kept, periods ended short (warnings), records — ranked within units and within leaders; a record of a duty done
 * (履责纪实) is added here.
 */
final class DutiesTab {

    private static final int ALL = 0, UNITS = 1, LEADERS = 2, WARNINGS = 3;

    private final Composite tab;
    private final ResponsibilityService duties;
    private final Session session;
    private final Combo filter;
    private final Label status;
    private final TableViewer table;

    DutiesTab(Composite tab, ResponsibilityService duties, Session session) {
        this.tab = tab;
        this.duties = duties;
        this.session = session;
        Composite top = Widgets.row(tab);
        filter = new Combo(top, SWT.READ_ONLY);
        filter.add(Messages.duties_all);
        filter.add(Messages.duties_units);
        filter.add(Messages.duties_leaders);
        filter.add(Messages.duties_warnings);
        filter.select(ALL);
        filter.addListener(SWT.Selection, e -> refresh());
        if (TaskRights.reports(session.subject().role())) {
            Widgets.button(top, Messages.duty_record, true, this::record);
        }
        status = new Label(tab, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Widgets.table(tab, TasksPart.DUTIES);
        column(table, DutyRow.class, Messages.col_place, 45, r -> String.valueOf(r.place()));
        column(table, DutyRow.class, Messages.col_kind, 90, r -> TaskLabels.of(r.kind()));
        column(table, DutyRow.class, Messages.col_body, 160, DutyRow::bodyName);
        column(table, DutyRow.class, Messages.col_unit, 150, r -> r.unitName() == null ? "" : r.unitName());
        column(table, DutyRow.class, Messages.col_rate, 60, r -> r.rate() + "%");
        column(table, DutyRow.class, Messages.col_periods, 90, r -> r.fulfilled() + " / " + r.ended());
        column(table, DutyRow.class, Messages.col_records, 60, r -> String.valueOf(r.records()));
        column(table, DutyRow.class, Messages.col_missing, 260, r -> String.join("；", r.missing().stream().map(m -> m.itemTitle() + " "
                + m.periodStart()).toList()));
    }

    void refresh() {
        int f = filter.getSelectionIndex();
        LocalDate today = LocalDate.now();
        Jobs.background(tab, Messages.tab_duties, () -> duties.standing(session.subject(), session.county().id(), today.getYear(), today)
                .stream().filter(r -> f == ALL || f == UNITS && r.kind() != BodyKind.LEADER || f == LEADERS && r.kind() == BodyKind.LEADER
                        || f == WARNINGS && !r.missing().isEmpty()).toList(), this::show, this::say);
    }

    private void show(List<DutyRow> rows) {
        table.setInput(rows);
        long warned = rows.stream().filter(r -> !r.missing().isEmpty()).count();
        say(rows.isEmpty() ? Messages.duties_empty : NLS.bind(Messages.duties_count, rows.size(), warned));
    }

    private void say(String text) {
        status.setText(text);
        tab.layout(true, true);
    }

    private void record() {
        if (!(table.getStructuredSelection().getFirstElement() instanceof DutyRow r)) {
            Dialogs.info(tab.getShell(), Mnemonics.plain(Messages.duty_record), Messages.select_first);
            return;
        }
        LocalDate today = LocalDate.now();
        Jobs.background(tab, Mnemonics.plain(Messages.duty_record), () -> duties.items(session.subject(), session.county().id(),
                today.getYear()), items -> {
            var mine = items.stream().filter(i -> i.forLeaders() == (r.kind() == BodyKind.LEADER)).toList();
            if (new DutyRecordDialog(tab.getShell(), duties, session, r, mine).open() == 0) {
                refresh();
            }
        });
    }
}
