package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.security.Role;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingRoles;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The sessions tab: the training sessions (filtered by text, year and kind) with the selected one's attendance, and
 * what a trainer does with them: new sessions, imports, corrections with their history, certificates, assignment.
 * Each action is enabled for the roles the service accepts it from ({@link TrainingRoles}).
 */
final class SessionsTab {

    private final Composite tab;
    private final TrainingService training;
    private final Session session;
    private final PeopleNames people;
    private final Runnable recordsChanged;
    private final WorkbookImport imports;
    private Text sessionFilter;
    private Combo sessionYear, sessionKind;
    private TableViewer sessions, attendance;
    private Label sessionInfo;
    private EmptyHint sessionsHint, attendanceHint;

    /** @param recordsChanged run after imports and assignment changed the records (the compliance is computed again) */
    SessionsTab(Composite tab, TrainingService training, Session session, PeopleNames people, Runnable recordsChanged) {
        this.tab = tab;
        this.training = training;
        this.session = session;
        this.people = people;
        this.recordsChanged = recordsChanged;
        this.imports = new WorkbookImport(tab, training, session, () -> {
            refresh();
            recordsChanged.run();
        });
        create();
    }

    private void create() {
        Composite top = Widgets.bar(tab, 4);
        sessionFilter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        sessionFilter.setMessage(Messages.session_filter);
        sessionFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sessionFilter.addListener(SWT.Modify, e -> refresh());
        sessionYear = new Combo(top, SWT.READ_ONLY);
        sessionYear.add(Messages.any_year);
        Format.years().forEach(sessionYear::add);
        sessionYear.select(0);
        sessionYear.addListener(SWT.Selection, e -> refresh());
        sessionKind = new Combo(top, SWT.READ_ONLY);
        sessionKind.add(Messages.any_kind);
        Arrays.stream(CourseKind.values()).map(Labels::of).forEach(sessionKind::add);
        sessionKind.select(0);
        sessionKind.addListener(SWT.Selection, e -> refresh());
        sessionInfo = new Label(top, SWT.NONE);
        sessionInfo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        Role role = session.subject().role();
        boolean plans = TrainingRoles.mayPlan(role), records = TrainingRoles.mayRecord(role);
        Composite actions = Widgets.row(tab);
        Widgets.button(actions, Messages.session_new, plans, this::newSession);
        Widgets.button(actions, Messages.import_roster, records, () -> importWorkbook(ImportKind.ROSTER));
        Widgets.button(actions, Messages.import_attendance, records, () -> importWorkbook(ImportKind.ATTENDANCE));
        Widgets.button(actions, Messages.record, records, this::recordSelected);
        Widgets.button(actions, Messages.history, true, this::showHistory);
        Widgets.button(actions, Messages.certificate, records, this::certificate);
        Widgets.button(actions, Messages.assign, plans, this::assign);

        SashForm sash = Widgets.split(tab);
        Composite upper = Widgets.pane(sash);
        sessions = Widgets.table(upper, TrainingPart.SESSIONS);
        column(sessions, SessionView.class, Messages.col_code, 150, SessionView::code);
        column(sessions, SessionView.class, Messages.col_kind, 110, s -> Labels.of(s.kind()));
        column(sessions, SessionView.class, Messages.col_title, 260, SessionView::title);
        column(sessions, SessionView.class, Messages.col_hours, 50, s -> Format.num(s.hours()));
        column(sessions, SessionView.class, Messages.col_start, 90, s -> Format.date(s.start()));
        column(sessions, SessionView.class, Messages.col_end, 90, s -> Format.date(s.end()));
        column(sessions, SessionView.class, Messages.col_place, 110, s -> s.place() == null ? "" : s.place());
        column(sessions, SessionView.class, Messages.col_trainer, 70, s -> people.name(s.trainer()));
        column(sessions, SessionView.class, Messages.col_enrolled, 80, s -> s.enrolled() + "/" + s.capacity());
        column(sessions, SessionView.class, Messages.col_completed_count, 70, s -> String.valueOf(s.completed()));
        sessions.addSelectionChangedListener(e -> refreshAttendance());
        sessionsHint = new EmptyHint(upper, "jiandu.training.sessions.empty");
        Composite lower = Widgets.pane(sash);
        attendance = Widgets.table(lower, TrainingPart.ATTENDANCE);
        column(attendance, EnrolmentView.class, Messages.col_name, 80, EnrolmentView::cadreName);
        column(attendance, EnrolmentView.class, Messages.col_status, 70, e -> Labels.of(e.status()));
        column(attendance, EnrolmentView.class, Messages.col_hours, 50, e -> Format.num(e.hours()));
        column(attendance, EnrolmentView.class, Messages.col_score, 50, e -> Format.num(e.score()));
        column(attendance, EnrolmentView.class, Messages.col_completed, 90, e -> Format.date(e.completedOn()));
        column(attendance, EnrolmentView.class, Messages.col_revision, 50, e -> String.valueOf(e.revision()));
        column(attendance, EnrolmentView.class, Messages.col_recorded_by, 80, e -> people.name(e.recordedBy()));
        column(attendance, EnrolmentView.class, Messages.col_note, 200, e -> e.note() == null ? "" : e.note());
        column(attendance, EnrolmentView.class, Messages.col_cadre_no, 120, EnrolmentView::cadreCode);
        if (records) {
            attendance.addDoubleClickListener(e -> recordSelected());
        }
        attendanceHint = new EmptyHint(lower, "jiandu.training.attendance.empty");
        sash.setWeights(55, 45);
    }

    void refresh() {
        Integer year = sessionYear.getSelectionIndex() <= 0 ? null : Integer.valueOf(sessionYear.getText());
        CourseKind kind = sessionKind.getSelectionIndex() <= 0 ? null : CourseKind.values()[sessionKind.getSelectionIndex() - 1];
        try {
            List<SessionView> list = training.sessions(session.subject(), year, kind, sessionFilter.getText());
            sessions.setInput(list);
            sessionInfo.setText(NLS.bind(Messages.sessions_count, list.size()));
            sessionInfo.getParent().layout();
            sessionsHint.show(list.isEmpty() ? emptySessions(year != null || kind != null || !sessionFilter.getText().isBlank()) : null);
            if (!list.isEmpty() && sessions.getStructuredSelection().isEmpty()) {
                // the latest session that has records, so the lower table shows something useful
                SessionView first = list.stream().filter(x -> x.enrolled() > 0).findFirst().orElse(list.get(0));
                sessions.setSelection(new StructuredSelection(first), true);
            }
            refreshAttendance();
        } catch (RuntimeException e) {
            Dialogs.error(tab.getShell(), Messages.module_label, Failures.of(e));
        }
    }

    /** What an empty sessions table tells this user: how to get sessions, or why they have none. */
    private String emptySessions(boolean filtered) {
        Role role = session.subject().role();
        if (filtered) {
            return Messages.empty_filter;
        }
        if (role == Role.TRAINER) {
            return Messages.empty_sessions_trainer;
        }
        return TrainingRoles.mayPlan(role) ? Messages.empty_sessions : Messages.empty_sessions_read;
    }

    /** Shows one session (picked in the calendar) with its attendance. */
    void show(SessionView s) {
        sessionFilter.setText(s.code());
        sessions.setSelection(new StructuredSelection(s), true);
        refreshAttendance();
    }

    /** Imports a workbook as a job (see {@link WorkbookImport#start}). */
    Job importFile(Path file, ImportKind kind, boolean goodRowsOnly) {
        return imports.start(file, kind, goodRowsOnly);
    }

    private SessionView selectedSession() {
        return sessions.getStructuredSelection().getFirstElement() instanceof SessionView s ? s : null;
    }

    private EnrolmentView selectedRecord() {
        if (attendance.getStructuredSelection().getFirstElement() instanceof EnrolmentView e) {
            return e;
        }
        Dialogs.info(tab.getShell(), Messages.module_label, Messages.choose_record);
        return null;
    }

    private void refreshAttendance() {
        SessionView s = selectedSession();
        try {
            List<EnrolmentView> list = s == null ? List.of() : training.attendance(session.subject(), s.code());
            attendance.setInput(list);
            attendanceHint.show(s == null ? Messages.choose_session : list.isEmpty() ? NLS.bind(Messages.empty_attendance, s.title())
                    : null);
        } catch (RuntimeException e) {
            attendance.setInput(List.of());
            attendanceHint.show(Failures.of(e));
        }
    }

    /** Asks for a roster or attendance workbook and imports it. */
    void importWorkbook(ImportKind kind) {
        imports.ask(kind);
    }

    void newSession() {
        if (!TrainingRoles.mayPlan(session.subject().role())) {
            return;
        }
        SessionDialog d = new SessionDialog(tab.getShell(), training, session.subject(), people);
        if (d.open() == SessionDialog.OK) {
            refresh();
            sessions.setSelection(new StructuredSelection(d.saved()), true);
        }
    }

    private void recordSelected() {
        EnrolmentView e = selectedRecord();
        if (e != null && new RecordDialog(tab.getShell(), training, session.subject(), e).open() == RecordDialog.OK) {
            int keep = sessions.getTable().getSelectionIndex();
            refresh();
            sessions.getTable().setSelection(keep);
            refreshAttendance();
        }
    }

    private void showHistory() {
        EnrolmentView e = selectedRecord();
        if (e == null) {
            return;
        }
        try {
            HistoryDialog.open(tab.getShell(), e, training.history(session.subject(), e.sessionCode(), e.cadreCode()), people);
        } catch (RuntimeException x) {
            Dialogs.error(tab.getShell(), title(Messages.history), Failures.of(x));
        }
    }

    /** Issues (or finds) the selected record's completion certificate and opens it. */
    private void certificate() {
        EnrolmentView e = selectedRecord();
        if (e == null) {
            return;
        }
        try {
            Path pdf = training.certificate(session.subject(), e.sessionCode(), e.cadreCode());
            refreshAttendance();
            Dialogs.info(tab.getShell(), title(Messages.certificate), NLS.bind(Messages.written, pdf));
            org.eclipse.swt.program.Program.launch(pdf.toString());
        } catch (IOException | RuntimeException x) {
            Dialogs.error(tab.getShell(), title(Messages.certificate), Failures.of(x));
        }
    }

    /** Enrols the cadres who miss required training, after saying what that does (the seats are taken at once). */
    private void assign() {
        if (!Confirm.ask(tab.getShell(), Messages.assign, Messages.assign_ask)) {
            return;
        }
        Jobs.background(tab, title(Messages.assign), () -> training.assignRequired(session.subject(), LocalDate.now()), made -> {
            refresh();
            recordsChanged.run();
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.assign_done, made.size()));
            made.stream().limit(25).forEach(e -> sb.append('\n').append(e.cadreName()).append(" → ").append(e.sessionCode())
                    .append("  ").append(e.note()));
            Dialogs.info(tab.getShell(), title(Messages.assign), sb.toString());
        });
    }

    /** A button's label as a dialog title: without its mnemonic and ellipsis. */
    static String title(String label) {
        return LegacyActionTools.removeMnemonics(label).replace("…", "").strip();
    }
}
