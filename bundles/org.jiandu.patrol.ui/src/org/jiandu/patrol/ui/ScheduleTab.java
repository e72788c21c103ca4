package org.jiandu.patrol.ui;

import static org.jiandu.ui.Tables.column;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.patrol.PatrolSchedule;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.ScheduleEntry;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * A township's view of the patrol term (巡察安排): when its township and villages are inspected, by which team and
 * how. Read-only; the service keeps it to the user's own jurisdiction and leaves out the teams' members.
 */
final class ScheduleTab {

    private final Composite tab;
    private final PatrolService patrol;
    private final Session session;
    private final String term;
    private Label summary;
    private TableViewer entries;

    ScheduleTab(Composite tab, PatrolService patrol, Session session, String term) {
        this.tab = tab;
        this.patrol = patrol;
        this.session = session;
        this.term = term;
        create();
    }

    private void create() {
        summary = new Label(tab, SWT.WRAP);
        summary.setData("name", PatrolPart.SUMMARY);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        entries = Widgets.table(tab, PatrolPart.SCHEDULE);
        entries.getTable().setData(PatrolPart.EXPORT_TITLE, NLS.bind(Messages.schedule_title, term));
        column(entries, ScheduleEntry.class, Messages.col_round, 50, e -> String.valueOf(e.round()));
        column(entries, ScheduleEntry.class, Messages.col_dates, 170, e -> e.start() + " – " + e.end());
        column(entries, ScheduleEntry.class, Messages.col_state, 60, e -> e.completed() ? Messages.done : "");
        column(entries, ScheduleEntry.class, Messages.col_target, 160, ScheduleEntry::targetName);
        column(entries, ScheduleEntry.class, Messages.col_kind, 70, e -> ProblemIndex.kind(e.kind()));
        column(entries, ScheduleEntry.class, Messages.col_team, 110, ScheduleEntry::teamName);
        column(entries, ScheduleEntry.class, Messages.col_mode, 90, e -> PatrolLabels.of(e.mode()));
    }

    void load() {
        summary.setText(Messages.loading);
        Jobs.background(tab, Messages.tab_schedule, () -> patrol.schedule(session.subject(), session.county().id(), term),
                this::show, message -> say(NLS.bind(Messages.schedule_failed, message)));
    }

    private void show(PatrolSchedule s) {
        entries.setInput(s.entries());
        if (!s.exists()) {
            say(NLS.bind(Messages.schedule_none, term));
        } else if (s.entries().isEmpty()) {
            say(NLS.bind(Messages.schedule_empty, term, s.rounds().size()));
        } else {
            ScheduleEntry next = s.entries().stream().filter(e -> !e.completed()).findFirst().orElse(null);
            say(next == null ? NLS.bind(Messages.schedule_summary_done, new Object[] { term, s.rounds().size(), s.entries().size() })
                    : NLS.bind(Messages.schedule_summary, new Object[] { term, s.rounds().size(), s.entries().size(), next.round(),
                        next.start() + " – " + next.end() }));
        }
    }

    private void say(String text) {
        summary.setText(text);
        tab.layout(true, true);
    }
}
