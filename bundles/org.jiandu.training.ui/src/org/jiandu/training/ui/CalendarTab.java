package org.jiandu.training.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** The calendar tab: a month of sessions, paged month by month; picking a session shows it in the sessions tab. */
final class CalendarTab {

    private final TrainingService training;
    private final Session session;
    private SessionCalendar calendar;
    private Label monthLabel;

    /** @param picked told the session picked in the calendar */
    CalendarTab(Composite tab, TrainingService training, Session session, Consumer<SessionView> picked) {
        this.training = training;
        this.session = session;
        Composite top = Widgets.row(tab);
        Widgets.button(top, Messages.prev_month, true, () -> showMonth(calendar.month().minusMonths(1)));
        monthLabel = new Label(top, SWT.CENTER);
        monthLabel.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
        Widgets.button(top, Messages.next_month, true, () -> showMonth(calendar.month().plusMonths(1)));
        Widgets.button(top, Messages.this_month, true, () -> showMonth(YearMonth.now()));
        Label legend = new Label(top, SWT.NONE);
        legend.setText(Messages.calendar_hint);
        calendar = new SessionCalendar(tab);
        calendar.setData("name", TrainingPart.CALENDAR);
        calendar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        calendar.onPick(picked);
    }

    /** Shows the month on show again, with the sessions as they are now. */
    void refresh() {
        showMonth(calendar.month());
    }

    /** Shows a month: the sessions of its year and the ones around it (sessions may span a month's edges). */
    void showMonth(YearMonth m) {
        monthLabel.setText(NLS.bind(Messages.month_label, m.getYear(), m.getMonthValue()));
        List<SessionView> near = new ArrayList<>();
        try {
            for (int y = m.getYear() - 1; y <= m.getYear(); y++) {
                near.addAll(training.sessions(session.subject(), y, null, null));
            }
        } catch (RuntimeException e) {
            Dialogs.error(calendar.getShell(), Messages.tab_calendar, Failures.of(e));
        }
        calendar.show(m, near);
    }
}
