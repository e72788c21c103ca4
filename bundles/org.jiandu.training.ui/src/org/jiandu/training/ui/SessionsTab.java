package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
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
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The sessions tab: the training sessions (filtered by text, year and kind) with the selected one's attendance, and
 * what a trainer does with them: new sessions, imports, corrections with their history, certificates, assignment.
 */
final class SessionsTab {

    private final Composite tab;
    private final TrainingService training;
    private final Session session;
    private final Runnable recordsChanged;
    private final WorkbookImport imports;
    private Text sessionFilter;
    private Combo sessionYear, sessionKind;
    private TableViewer sessions, attendance;
    private Label sessionInfo;

    /** @param recordsChanged run after imports and assignment changed the records (the compliance is computed again) */
    SessionsTab(Composite tab, TrainingService training, Session session, Runnable recordsChanged) {
        this.tab = tab;
        this.training = training;
        this.session = session;
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
        sessionInfo.setLayoutData(new GridData(120, SWT.DEFAULT));
        boolean canEdit = session.subject().role().canEdit();
        Composite actions = Widgets.bar(tab, 7);
        Widgets.button(actions, Messages.session_new, canEdit, this::newSession);
        Widgets.button(actions, Messages.import_roster, canEdit, () -> importWorkbook(ImportKind.ROSTER));
        Widgets.button(actions, Messages.import_attendance, canEdit, () -> importWorkbook(ImportKind.ATTENDANCE));
        Widgets.button(actions, Messages.record, canEdit, this::recordSelected);
        Widgets.button(actions, Messages.history, true, this::showHistory);
        Widgets.button(actions, Messages.certificate, canEdit, this::certificate);
        Widgets.button(actions, Messages.assign, canEdit, this::assign);

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
        column(sessions, SessionView.class, Messages.col_trainer, 70, s -> s.trainer() == null ? "" : s.trainer());
        column(sessions, SessionView.class, Messages.col_enrolled, 80, s -> s.enrolled() + "/" + s.capacity());
        column(sessions, SessionView.class, Messages.col_completed_count, 70, s -> String.valueOf(s.completed()));
        sessions.addSelectionChangedListener(e -> refreshAttendance());
        Composite lower = Widgets.pane(sash);
        attendance = Widgets.table(lower, TrainingPart.ATTENDANCE);
        column(attendance, EnrolmentView.class, Messages.col_cadre, 120, EnrolmentView::cadreCode);
        column(attendance, EnrolmentView.class, Messages.col_name, 80, EnrolmentView::cadreName);
        column(attendance, EnrolmentView.class, Messages.col_status, 70, e -> Labels.of(e.status()));
        column(attendance, EnrolmentView.class, Messages.col_hours, 50, e -> Format.num(e.hours()));
        column(attendance, EnrolmentView.class, Messages.col_score, 50, e -> Format.num(e.score()));
        column(attendance, EnrolmentView.class, Messages.col_completed, 90, e -> Format.date(e.completedOn()));
        column(attendance, EnrolmentView.class, Messages.col_revision, 50, e -> String.valueOf(e.revision()));
        column(attendance, EnrolmentView.class, Messages.col_recorded_by, 80, EnrolmentView::recordedBy);
        column(attendance, EnrolmentView.class, Messages.col_note, 200, e -> e.note() == null ? "" : e.note());
        if (canEdit) {
            attendance.addDoubleClickListener(e -> recordSelected());
        }
        sash.setWeights(55, 45);
    }

    void refresh() {
        Integer year = sessionYear.getSelectionIndex() <= 0 ? null : Integer.valueOf(sessionYear.getText());
        CourseKind kind = sessionKind.getSelectionIndex() <= 0 ? null : CourseKind.values()[sessionKind.getSelectionIndex() - 1];
        try {
            List<SessionView> list = training.sessions(session.subject(), year, kind, sessionFilter.getText());
            sessions.setInput(list);
            sessionInfo.setText(NLS.bind(Messages.sessions_count, list.size()));
            if (!list.isEmpty() && sessions.getStructuredSelection().isEmpty()) {
                // the latest session that has records, so the lower table shows something useful
                SessionView first = list.stream().filter(x -> x.enrolled() > 0).findFirst().orElse(list.get(0));
                sessions.setSelection(new StructuredSelection(first), true);
            }
            refreshAttendance();
        } catch (RuntimeException e) {
            Dialogs.error(tab.getShell(), Messages.module_label, e.getMessage());
        }
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
        return attendance.getStructuredSelection().getFirstElement() instanceof EnrolmentView e ? e : null;
    }

    private void refreshAttendance() {
        SessionView s = selectedSession();
        attendance.setInput(s == null ? List.of() : training.attendance(session.subject(), s.code()));
    }

    /** Asks for a roster or attendance workbook and imports it. */
    void importWorkbook(ImportKind kind) {
        imports.ask(kind);
    }

    void newSession() {
        SessionDialog d = new SessionDialog(tab.getShell(), training, session.subject());
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
        StringBuilder sb = new StringBuilder();
        for (EnrolmentView h : training.history(session.subject(), e.sessionCode(), e.cadreCode())) {
            sb.append(NLS.bind(Messages.history_line, new Object[] { h.revision(), Labels.of(h.status()), Format.num(h.hours()),
                    Format.num(h.score()), Format.date(h.completedOn()), h.recordedBy(),
                    h.recordedAt().toString().substring(0, 19).replace('T', ' '), h.note() == null ? "" : h.note() })).append('\n');
        }
        Dialogs.info(tab.getShell(), NLS.bind(Messages.history_title, e.cadreName(), e.sessionCode()), sb.toString());
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
            Dialogs.info(tab.getShell(), Messages.certificate, NLS.bind(Messages.written, pdf));
            org.eclipse.swt.program.Program.launch(pdf.toString());
        } catch (org.jiandu.training.TrainingValidationException x) {
            Dialogs.error(tab.getShell(), Messages.certificate, String.join("\n", x.problems()));
        } catch (IOException | RuntimeException x) {
            Dialogs.error(tab.getShell(), Messages.certificate, x.getMessage());
        }
    }

    private void assign() {
        Jobs.background(tab, Messages.assign, () -> training.assignRequired(session.subject(), LocalDate.now()), made -> {
            refresh();
            recordsChanged.run();
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.assign_done, made.size()));
            made.stream().limit(25).forEach(e -> sb.append('\n').append(e.cadreName()).append(" → ").append(e.sessionCode())
                    .append("  ").append(e.note()));
            Dialogs.info(tab.getShell(), Messages.assign, sb.toString());
        });
    }
}
