package org.jiandu.training.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.app.Dialogs;
import org.jiandu.app.Session;
import org.jiandu.app.parts.BarChart;
import org.jiandu.app.parts.Tables;
import org.jiandu.app.parts.Widgets;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgService;
import org.jiandu.core.Progress;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.office.ImportReport;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationView;
import org.jiandu.training.SessionView;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.TrainingService;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.Outcome;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Training records (纪检监察干部培训) in four tabs: sessions with attendance, the compliance dashboard, a cadre's
 * transcript with rotations and posting, and staffing with training coverage. Work that can take long (imports,
 * compliance over a county) runs as a cancellable job.
 */
public class TrainingPart {

    public static final String ID = "org.jiandu.training.ui.part.training";
    public static final String TABS = "jiandu.training.tabs", SESSIONS = "jiandu.training.sessions",
            ATTENDANCE = "jiandu.training.attendance", COMPLIANCE = "jiandu.training.compliance",
            COMPLIANCE_SUMMARY = "jiandu.training.compliance.summary", TRANSCRIPT = "jiandu.training.transcript",
            STAFFING = "jiandu.training.staffing", CADRE = "jiandu.training.cadre", CALENDAR = "jiandu.training.calendar";
    /** Done, in progress, not started, due soon, overdue, expired. */
    private static final RGB[] STATUS_COLOURS = { new RGB(76, 153, 92), new RGB(120, 170, 220), new RGB(200, 200, 200),
            new RGB(240, 180, 60), new RGB(210, 70, 60), new RGB(140, 90, 160) };
    private static final RequirementStatus[] STATUS_ORDER = { RequirementStatus.DONE, RequirementStatus.IN_PROGRESS,
            RequirementStatus.NOT_STARTED, RequirementStatus.DUE_SOON, RequirementStatus.OVERDUE, RequirementStatus.EXPIRED };

    /** Tab positions, in the order {@link #create} adds them. */
    public static final int SESSIONS_TAB = 0, CALENDAR_TAB = 1, COMPLIANCE_TAB = 2, TRANSCRIPT_TAB = 3, STAFFING_TAB = 4;

    @Inject
    TrainingService training;

    @Inject
    OrgService orgs;

    @Inject
    Session session;

    private Display display;
    private CTabFolder tabs;
    private Text sessionFilter;
    private Combo sessionYear, sessionKind;
    private TableViewer sessions, attendance;
    private Label sessionInfo;
    private SessionCalendar calendar;
    private Label monthLabel;
    private Combo complianceYear;
    private Combo statusFilter;
    private BarChart byRule, byTownship;
    private TableViewer gaps;
    private Label complianceInfo;
    private ComplianceReport report;
    private Combo cadre;
    private List<CadreView> cadres = List.of();
    private TableViewer transcriptSessions, transcriptRotations, transcriptOutcomes;
    private Label transcriptInfo;
    private TableViewer staffing;
    private BarChart coverage;

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new GridLayout(1, false));
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sessionsTab(tab(Messages.tab_sessions));
        calendarTab(tab(Messages.tab_calendar));
        complianceTab(tab(Messages.tab_compliance));
        transcriptTab(tab(Messages.tab_transcript));
        staffingTab(tab(Messages.tab_staffing));
        tabs.setSelection(SESSIONS_TAB);
        tabs.addListener(SWT.Selection, e -> {
            int i = tabs.getSelectionIndex();
            if (i == COMPLIANCE_TAB && report == null) {
                refreshCompliance();
            } else if (i == STAFFING_TAB && staffing.getTable().getItemCount() == 0) {
                refreshStaffing();
            } else if (i == CALENDAR_TAB) {
                showMonth(calendar.month());
            }
        });
        refreshSessions();
    }

    private Composite tab(String label) {
        return Widgets.tab(tabs, label);
    }

    private static Composite bar(Composite parent, int columns) {
        return Widgets.bar(parent, columns);
    }

    private static Button button(Composite parent, String text, boolean enabled, Runnable action) {
        return Widgets.button(parent, text, enabled, action);
    }

    private static TableViewer table(Composite parent, String name) {
        return Widgets.table(parent, name);
    }

    private static <T> void col(TableViewer t, Class<T> type, String label, int width, Function<T, String> text) {
        Tables.column(t, type, label, width, text);
    }

    private static String d(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String num(Number n) {
        if (n == null) {
            return "";
        }
        double v = n.doubleValue();
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static List<String> years() {
        int y = LocalDate.now().getYear();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(String.valueOf(y - i));
        }
        return out;
    }

    /** Runs {@code work} as a job and hands its result to {@code done} on the UI thread; errors go to a dialog. */
    private <T> void background(String name, Supplier<T> work, Consumer<T> done) {
        Widgets.background(tabs, name, work, done);
    }

    // ------------------------------------------------------------------ sessions

    private void sessionsTab(Composite c) {
        Composite top = bar(c, 4);
        sessionFilter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        sessionFilter.setMessage(Messages.session_filter);
        sessionFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sessionFilter.addListener(SWT.Modify, e -> refreshSessions());
        sessionYear = new Combo(top, SWT.READ_ONLY);
        sessionYear.add(Messages.any_year);
        years().forEach(sessionYear::add);
        sessionYear.select(0);
        sessionYear.addListener(SWT.Selection, e -> refreshSessions());
        sessionKind = new Combo(top, SWT.READ_ONLY);
        sessionKind.add(Messages.any_kind);
        Arrays.stream(CourseKind.values()).map(Labels::of).forEach(sessionKind::add);
        sessionKind.select(0);
        sessionKind.addListener(SWT.Selection, e -> refreshSessions());
        sessionInfo = new Label(top, SWT.NONE);
        sessionInfo.setLayoutData(new GridData(120, SWT.DEFAULT));
        boolean canEdit = session.subject().role().canEdit();
        Composite actions = bar(c, 7);
        button(actions, Messages.session_new, canEdit, this::newSession);
        button(actions, Messages.import_roster, canEdit, () -> importFile(ImportKind.ROSTER));
        button(actions, Messages.import_attendance, canEdit, () -> importFile(ImportKind.ATTENDANCE));
        button(actions, Messages.record, canEdit, this::recordSelected);
        button(actions, Messages.history, true, this::showHistory);
        button(actions, Messages.certificate, canEdit, this::certificate);
        button(actions, Messages.assign, canEdit, this::assign);

        SashForm sash = Widgets.split(c);
        Composite upper = Widgets.pane(sash);
        sessions = table(upper, SESSIONS);
        col(sessions, SessionView.class, Messages.col_code, 150, SessionView::code);
        col(sessions, SessionView.class, Messages.col_kind, 110, s -> Labels.of(s.kind()));
        col(sessions, SessionView.class, Messages.col_title, 260, SessionView::title);
        col(sessions, SessionView.class, Messages.col_hours, 50, s -> num(s.hours()));
        col(sessions, SessionView.class, Messages.col_start, 90, s -> d(s.start()));
        col(sessions, SessionView.class, Messages.col_end, 90, s -> d(s.end()));
        col(sessions, SessionView.class, Messages.col_place, 110, s -> s.place() == null ? "" : s.place());
        col(sessions, SessionView.class, Messages.col_trainer, 70, s -> s.trainer() == null ? "" : s.trainer());
        col(sessions, SessionView.class, Messages.col_enrolled, 80, s -> s.enrolled() + "/" + s.capacity());
        col(sessions, SessionView.class, Messages.col_completed_count, 70, s -> String.valueOf(s.completed()));
        sessions.addSelectionChangedListener(e -> refreshAttendance());
        Composite lower = Widgets.pane(sash);
        attendance = table(lower, ATTENDANCE);
        col(attendance, EnrolmentView.class, Messages.col_cadre, 120, EnrolmentView::cadreCode);
        col(attendance, EnrolmentView.class, Messages.col_name, 80, EnrolmentView::cadreName);
        col(attendance, EnrolmentView.class, Messages.col_status, 70, e -> Labels.of(e.status()));
        col(attendance, EnrolmentView.class, Messages.col_hours, 50, e -> num(e.hours()));
        col(attendance, EnrolmentView.class, Messages.col_score, 50, e -> num(e.score()));
        col(attendance, EnrolmentView.class, Messages.col_completed, 90, e -> d(e.completedOn()));
        col(attendance, EnrolmentView.class, Messages.col_revision, 50, e -> String.valueOf(e.revision()));
        col(attendance, EnrolmentView.class, Messages.col_recorded_by, 80, EnrolmentView::recordedBy);
        col(attendance, EnrolmentView.class, Messages.col_note, 200, e -> e.note() == null ? "" : e.note());
        if (canEdit) {
            attendance.addDoubleClickListener(e -> recordSelected());
        }
        sash.setWeights(55, 45);
    }

    void refreshSessions() {
        Integer year = sessionYear.getSelectionIndex() <= 0 ? null : Integer.valueOf(sessionYear.getText());
        CourseKind kind = sessionKind.getSelectionIndex() <= 0 ? null : CourseKind.values()[sessionKind.getSelectionIndex() - 1];
        try {
            List<SessionView> list = training.sessions(session.subject(), year, kind, sessionFilter.getText());
            sessions.setInput(list);
            sessionInfo.setText(NLS.bind(Messages.sessions_count, list.size()));
            if (!list.isEmpty() && sessions.getStructuredSelection().isEmpty()) {
                // the latest session that has records, so the lower table shows something useful
                SessionView first = list.stream().filter(x -> x.enrolled() > 0).findFirst().orElse(list.get(0));
                sessions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
            }
            refreshAttendance();
        } catch (RuntimeException e) {
            Dialogs.error(tabs.getShell(), Messages.module_label, e.getMessage());
        }
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

    private void newSession() {
        SessionDialog d = new SessionDialog(tabs.getShell(), training, session.subject());
        if (d.open() == SessionDialog.OK) {
            refreshSessions();
            sessions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(d.saved()), true);
        }
    }

    private void recordSelected() {
        EnrolmentView e = selectedRecord();
        if (e != null && new RecordDialog(tabs.getShell(), training, session.subject(), e).open() == RecordDialog.OK) {
            int keep = sessions.getTable().getSelectionIndex();
            refreshSessions();
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
            sb.append(NLS.bind(Messages.history_line, new Object[] { h.revision(), Labels.of(h.status()), num(h.hours()),
                    num(h.score()), d(h.completedOn()), h.recordedBy(), h.recordedAt().toString().substring(0, 19).replace('T', ' '),
                    h.note() == null ? "" : h.note() })).append('\n');
        }
        Dialogs.info(tabs.getShell(), NLS.bind(Messages.history_title, e.cadreName(), e.sessionCode()), sb.toString());
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
            Dialogs.info(tabs.getShell(), Messages.certificate, NLS.bind(Messages.written, pdf));
            org.eclipse.swt.program.Program.launch(pdf.toString());
        } catch (org.jiandu.training.TrainingValidationException x) {
            Dialogs.error(tabs.getShell(), Messages.certificate, String.join("\n", x.problems()));
        } catch (java.io.IOException | RuntimeException x) {
            Dialogs.error(tabs.getShell(), Messages.certificate, x.getMessage());
        }
    }

    private void assign() {
        background(Messages.assign, () -> training.assignRequired(session.subject(), LocalDate.now()), made -> {
            refreshSessions();
            report = null;
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.assign_done, made.size()));
            made.stream().limit(25).forEach(e -> sb.append('\n').append(e.cadreName()).append(" → ").append(e.sessionCode())
                    .append("  ").append(e.note()));
            Dialogs.info(tabs.getShell(), Messages.assign, sb.toString());
        });
    }

    private void importFile(ImportKind kind) {
        FileDialog fd = new FileDialog(tabs.getShell(), SWT.OPEN);
        fd.setText(kind == ImportKind.ROSTER ? Messages.import_roster : Messages.import_attendance);
        fd.setFilterExtensions(new String[] { "*.xlsx" });
        String file = fd.open();
        if (file != null) {
            importFile(Path.of(file), kind, false);
        }
    }

    /**
     * Imports as a job with progress and cancel; when rows are bad, lists them and offers to import the good rows only.
     */
    public Job importFile(Path file, ImportKind kind, boolean goodRowsOnly) {
        String title = kind == ImportKind.ROSTER ? Messages.import_roster : Messages.import_attendance;
        Job job = new Job(title + " " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 1000);
                Progress p = new Progress() {
                    int last;

                    @Override
                    public void worked(int done, int total, String current) {
                        int now = total == 0 ? 0 : (int) (1000L * done / total);
                        monitor.worked(Math.max(0, now - last));
                        last = now;
                        if (current != null) {
                            monitor.subTask(current);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCanceled();
                    }
                };
                try {
                    ImportReport r = training.importXlsx(session.subject(), file, kind, java.util.Map.of(), goodRowsOnly, p);
                    display.asyncExec(() -> imported(file, kind, r));
                } catch (RuntimeException e) {
                    display.asyncExec(() -> Dialogs.error(tabs.getShell(), title, e.getMessage()));
                }
                monitor.done();
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void imported(Path file, ImportKind kind, ImportReport r) {
        if (tabs.isDisposed()) {
            return;
        }
        String title = kind == ImportKind.ROSTER ? Messages.import_roster : Messages.import_attendance;
        if (!r.imported()) {
            long bad = r.badRows();
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.import_bad, bad, r.rows()));
            r.errors().stream().limit(30).forEach(e -> sb.append('\n').append(e));
            if (r.errors().size() > 30) {
                sb.append("\n…");
            }
            if (r.rows() <= bad) {
                Dialogs.error(tabs.getShell(), title, sb.toString());
                return;
            }
            MessageDialog md = new MessageDialog(tabs.getShell(), title, null, sb.toString(), MessageDialog.ERROR, 1,
                    Messages.import_good_rows, Messages.cancel);
            if (md.open() == 0) {
                importFile(file, kind, true);
            }
            return;
        }
        refreshSessions();
        report = null;
        Dialogs.info(tabs.getShell(), title, NLS.bind(Messages.import_done, new Object[] { r.added(), r.updated(), r.badRows() }));
    }

    // ------------------------------------------------------------------ calendar

    private void calendarTab(Composite c) {
        Composite top = bar(c, 5);
        button(top, "◀", true, () -> showMonth(calendar.month().minusMonths(1)));
        monthLabel = new Label(top, SWT.CENTER);
        monthLabel.setLayoutData(new GridData(110, SWT.DEFAULT));
        button(top, "▶", true, () -> showMonth(calendar.month().plusMonths(1)));
        button(top, Messages.this_month, true, () -> showMonth(java.time.YearMonth.now()));
        Label legend = new Label(top, SWT.NONE);
        legend.setText(Messages.calendar_hint);
        calendar = new SessionCalendar(c);
        calendar.setData("name", CALENDAR);
        calendar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        calendar.onPick(s -> {
            tabs.setSelection(SESSIONS_TAB);
            sessionFilter.setText(s.code());
            sessions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s), true);
            refreshAttendance();
        });
    }

    /** Shows a month: the sessions of its year and the ones around it (sessions may span a month's edges). */
    void showMonth(java.time.YearMonth m) {
        monthLabel.setText(NLS.bind(Messages.month_label, m.getYear(), m.getMonthValue()));
        List<SessionView> near = new ArrayList<>();
        for (int y = m.getYear() - 1; y <= m.getYear(); y++) {
            near.addAll(training.sessions(session.subject(), y, null, null));
        }
        calendar.show(m, near);
    }

    // ------------------------------------------------------------------ compliance

    private void complianceTab(Composite c) {
        Composite top = bar(c, 6);
        new Label(top, SWT.NONE).setText(Messages.year);
        complianceYear = new Combo(top, SWT.READ_ONLY);
        years().forEach(complianceYear::add);
        complianceYear.select(0);
        complianceYear.addListener(SWT.Selection, e -> refreshCompliance());
        statusFilter = new Combo(top, SWT.READ_ONLY);
        statusFilter.add(Messages.needs_action);
        statusFilter.add(Messages.not_done);
        statusFilter.select(0);
        statusFilter.addListener(SWT.Selection, e -> showGaps());
        button(top, Messages.export, true, this::exportCompliance);
        button(top, Messages.freeze, session.subject().role().canEdit(), this::freeze);
        complianceInfo = new Label(c, SWT.NONE);
        complianceInfo.setData("name", COMPLIANCE_SUMMARY);
        complianceInfo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = Widgets.split(c);
        SashForm charts = new SashForm(sash, SWT.HORIZONTAL);
        String[] series = Arrays.stream(STATUS_ORDER).map(Labels::of).toArray(String[]::new);
        byRule = new BarChart(charts, series, STATUS_COLOURS);
        byRule.setData("name", "jiandu.training.chart.rules");
        byTownship = new BarChart(charts, new String[] { Messages.compliant, Messages.not_compliant },
                new RGB[] { STATUS_COLOURS[0], STATUS_COLOURS[4] });
        byTownship.setData("name", "jiandu.training.chart.townships");
        Composite lower = Widgets.pane(sash);
        gaps = table(lower, COMPLIANCE);
        col(gaps, Row.class, Messages.col_cadre, 120, r -> r.c().cadreCode());
        col(gaps, Row.class, Messages.col_name, 70, r -> r.c().cadreName());
        col(gaps, Row.class, Messages.col_township, 100, r -> r.c().townshipName());
        col(gaps, Row.class, Messages.col_rule, 150, r -> Labels.of(r.o().kind()));
        col(gaps, Row.class, Messages.col_status, 70, r -> Labels.of(r.o().status()));
        col(gaps, Row.class, Messages.col_due, 90, r -> d(r.o().due()));
        col(gaps, Row.class, Messages.col_gaps, 420, r -> String.join("；", r.o().gaps()));
        gaps.addDoubleClickListener(e -> {
            if (gaps.getStructuredSelection().getFirstElement() instanceof Row r) {
                showTranscript(r.c().cadreCode());
            }
        });
        sash.setWeights(45, 55);
    }

    /** One cadre's outcome for one rule, as a row of the gaps table. */
    record Row(CadreCompliance c, Outcome o) {
    }

    private int complianceYear() {
        return Integer.parseInt(complianceYear.getText());
    }

    void refreshCompliance() {
        int year = complianceYear();
        complianceInfo.setText(Messages.computing);
        background(Messages.tab_compliance, () -> training.compliance(session.subject(), year, TrainingService.asOf(year)), r -> {
            report = r;
            showCompliance();
        });
    }

    private void showCompliance() {
        ComplianceReport r = report;
        complianceInfo.setText(NLS.bind(Messages.compliance_summary, new Object[] { r.year(), r.asOf(), r.activeCadres(),
                r.cadres().size(), r.compliant() }));
        List<BarChart.Bar> rules = new ArrayList<>();
        for (RequirementKind k : RequirementKind.values()) {
            double[] v = new double[STATUS_ORDER.length];
            boolean any = false;
            for (CadreCompliance c : r.cadres()) {
                Outcome o = c.outcome(k);
                if (o != null) {
                    v[Arrays.asList(STATUS_ORDER).indexOf(o.status())]++;
                    any = true;
                }
            }
            if (any) {
                rules.add(new BarChart.Bar(Labels.of(k), v));
            }
        }
        byRule.set(Messages.chart_rules, rules, false);
        java.util.Map<String, double[]> towns = new java.util.TreeMap<>();
        for (CadreCompliance c : r.cadres()) {
            double[] v = towns.computeIfAbsent(c.townshipName(), x -> new double[2]);
            v[c.compliant() ? 0 : 1]++;
        }
        List<BarChart.Bar> t = new ArrayList<>();
        towns.forEach((name, v) -> t.add(new BarChart.Bar(name, v)));
        byTownship.set(Messages.chart_townships, t, true);
        showGaps();
    }

    private void showGaps() {
        if (report == null) {
            return;
        }
        boolean actionOnly = statusFilter.getSelectionIndex() == 0;
        List<Row> rows = new ArrayList<>();
        for (CadreCompliance c : report.cadres()) {
            for (Outcome o : c.outcomes()) {
                if (o.status() != RequirementStatus.DONE && (!actionOnly || o.status().needsAction())) {
                    rows.add(new Row(c, o));
                }
            }
        }
        gaps.setInput(rows);
    }

    private void exportCompliance() {
        int year = complianceYear();
        Widgets.export(tabs, Messages.export_xlsx, NLS.bind(Messages.compliance_file, year),
                f -> training.exportCompliance(session.subject(), year, TrainingService.asOf(year), f), Messages.written,
                Messages.cannot_write);
    }

    private void freeze() {
        int year = complianceYear();
        background(Messages.freeze, () -> training.freeze(session.subject(), year),
                id -> Dialogs.info(tabs.getShell(), Messages.freeze, NLS.bind(Messages.frozen, id, year)));
    }

    // ------------------------------------------------------------------ transcript

    private void transcriptTab(Composite c) {
        Composite top = bar(c, 6);
        new Label(top, SWT.NONE).setText(Messages.col_cadre);
        cadre = new Combo(top, SWT.DROP_DOWN);
        cadre.setData("name", CADRE);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 260;
        cadre.setLayoutData(gd);
        cadre.addListener(SWT.Selection, e -> {
            int i = cadre.getSelectionIndex();
            if (i >= 0 && i < cadres.size()) {
                showTranscript(cadres.get(i).code());
            }
        });
        cadre.addListener(SWT.DefaultSelection, e -> showTranscript(cadre.getText().split(" ")[0]));
        boolean canEdit = session.subject().role().canEdit();
        button(top, Messages.rotation_add, canEdit, () -> rotation(null));
        button(top, Messages.rotation_edit, canEdit, () -> {
            if (transcriptRotations.getStructuredSelection().getFirstElement() instanceof RotationView r) {
                rotation(r);
            }
        });
        button(top, Messages.confirm_post, canEdit, this::confirmOnPost);
        button(top, Messages.export, true, this::exportTranscript);
        transcriptInfo = new Label(c, SWT.WRAP);
        transcriptInfo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = Widgets.split(c);
        transcriptOutcomes = table(sash, TRANSCRIPT + ".rules");
        col(transcriptOutcomes, Outcome.class, Messages.col_rule, 160, o -> Labels.of(o.kind()));
        col(transcriptOutcomes, Outcome.class, Messages.col_status, 70, o -> Labels.of(o.status()));
        col(transcriptOutcomes, Outcome.class, Messages.col_due, 90, o -> d(o.due()));
        col(transcriptOutcomes, Outcome.class, Messages.col_gaps, 520, o -> String.join("；", o.gaps()));
        transcriptSessions = table(sash, TRANSCRIPT);
        col(transcriptSessions, EnrolmentView.class, Messages.col_start, 90, e -> d(e.sessionStart()));
        col(transcriptSessions, EnrolmentView.class, Messages.col_code, 140, EnrolmentView::sessionCode);
        col(transcriptSessions, EnrolmentView.class, Messages.col_title, 250, EnrolmentView::courseTitle);
        col(transcriptSessions, EnrolmentView.class, Messages.col_kind, 100, e -> Labels.of(e.kind()));
        col(transcriptSessions, EnrolmentView.class, Messages.col_status, 70, e -> Labels.of(e.status()));
        col(transcriptSessions, EnrolmentView.class, Messages.col_hours, 50, e -> num(e.hours()));
        col(transcriptSessions, EnrolmentView.class, Messages.col_score, 50, e -> num(e.score()));
        col(transcriptSessions, EnrolmentView.class, Messages.col_completed, 90, e -> d(e.completedOn()));
        transcriptRotations = table(sash, TRANSCRIPT + ".rotations");
        col(transcriptRotations, RotationView.class, Messages.col_post, 90, r -> Labels.of(r.post()));
        col(transcriptRotations, RotationView.class, Messages.col_mentor, 80, r -> r.mentor() == null ? "" : r.mentor());
        col(transcriptRotations, RotationView.class, Messages.col_start, 90, r -> d(r.start()));
        col(transcriptRotations, RotationView.class, Messages.col_end, 90, r -> d(r.end()));
        col(transcriptRotations, RotationView.class, Messages.col_signed_on, 160,
                r -> r.signedOffOn() == null ? Messages.not_signed : r.signedOffBy() + " " + r.signedOffOn());
        col(transcriptRotations, RotationView.class, Messages.col_appraisal, 240, r -> r.appraisal() == null ? "" : r.appraisal());
        col(transcriptRotations, RotationView.class, Messages.col_revision, 50, r -> String.valueOf(r.revision()));
        sash.setWeights(25, 45, 30);
        background(Messages.tab_transcript, () -> orgs.cadres(session.subject(), null, 100_000).stream()
                .filter(x -> x.active() && x.role() != CadreRole.INTEGRITY_SUPERVISOR).toList(), list -> {
                    cadres = list;
                    list.forEach(x -> cadre.add(x.code() + " " + x.name() + " · " + x.orgName()));
                });
    }

    /** Shows a cadre's transcript (from the gaps table, or chosen above). */
    public void showTranscript(String cadreCode) {
        tabs.setSelection(TRANSCRIPT_TAB);
        try {
            Transcript t = training.transcript(session.subject(), cadreCode, LocalDate.now());
            for (int i = 0; i < cadres.size(); i++) {
                if (cadres.get(i).code().equals(cadreCode)) {
                    cadre.select(i);
                }
            }
            cadre.setData("code", cadreCode);
            transcriptInfo.setText(NLS.bind(Messages.transcript_info, new Object[] { t.cadre().name(), t.cadre().orgName(),
                    num(t.hoursIn(t.asOf().getYear())), t.postedOn() != null ? NLS.bind(Messages.posted_on, t.postedOn())
                            : t.outcomes().stream().anyMatch(o -> o.kind() == RequirementKind.PRE_JOB_PIPELINE) ? Messages.not_posted : "" }));
            transcriptOutcomes.setInput(t.outcomes());
            transcriptSessions.setInput(t.sessions());
            transcriptRotations.setInput(t.rotations());
            transcriptInfo.getParent().layout(true, true);
        } catch (RuntimeException e) {
            Dialogs.error(tabs.getShell(), Messages.tab_transcript, e.getMessage());
        }
    }

    private String shownCadre() {
        return cadre.getData("code") instanceof String s ? s : null;
    }

    private void rotation(RotationView r) {
        String code = shownCadre();
        if (code != null && new RotationDialog(tabs.getShell(), training, session.subject(), code, r).open() == RotationDialog.OK) {
            showTranscript(code);
        }
    }

    private void confirmOnPost() {
        String code = shownCadre();
        if (code == null) {
            return;
        }
        try {
            training.confirmOnPost(session.subject(), code, LocalDate.now());
            showTranscript(code);
            Dialogs.info(tabs.getShell(), Messages.confirm_post, NLS.bind(Messages.confirmed, code));
        } catch (PipelineIncompleteException e) {
            Dialogs.error(tabs.getShell(), Messages.confirm_post, NLS.bind(Messages.refused, code) + "\n" + String.join("\n", e.problems()));
        }
    }

    private void exportTranscript() {
        String code = shownCadre();
        if (code != null) {
            Widgets.export(tabs, Messages.export_xlsx, code + ".xlsx", f -> training.exportTranscript(session.subject(), code, f),
                    Messages.written, Messages.cannot_write);
        }
    }

    // ------------------------------------------------------------------ staffing

    private void staffingTab(Composite c) {
        Composite top = bar(c, 2);
        button(top, Messages.refresh, true, this::refreshStaffing);
        new Label(top, SWT.NONE).setText(Messages.staffing_hint);
        SashForm sash = Widgets.split(c);
        Composite upper = Widgets.pane(sash);
        staffing = table(upper, STAFFING);
        col(staffing, StaffingRow.class, Messages.col_township, 110, StaffingRow::orgName);
        col(staffing, StaffingRow.class, Messages.col_posts, 60, r -> String.valueOf(r.authorizedPosts()));
        col(staffing, StaffingRow.class, Messages.col_filled, 60, r -> String.valueOf(r.filled()));
        col(staffing, StaffingRow.class, Messages.col_vacancies, 60, r -> String.valueOf(r.vacancies()));
        col(staffing, StaffingRow.class, Messages.col_seconded, 100, r -> String.valueOf(r.secondedLongTerm()));
        col(staffing, StaffingRow.class, Messages.col_tenure, 90, r -> String.format("%.1f", r.averageTenureYears()));
        col(staffing, StaffingRow.class, Messages.col_all_staff, 110, r -> r.trainedAllStaff() + "/" + r.heldToAllStaff()
                + " (" + Math.round(100 * r.allStaffCoverage()) + "%)");
        col(staffing, StaffingRow.class, Messages.col_directors, 130, r -> r.directorsTrained() + "/" + r.directors()
                + " (" + Math.round(100 * r.directorCoverage()) + "%)");
        coverage = new BarChart(sash, new String[] { Messages.trained, Messages.not_trained },
                new RGB[] { STATUS_COLOURS[0], STATUS_COLOURS[2] });
        coverage.setData("name", "jiandu.training.chart.directors");
        sash.setWeights(55, 45);
    }

    void refreshStaffing() {
        int year = LocalDate.now().getYear();
        background(Messages.tab_staffing, () -> training.staffing(session.subject(), year), rows -> {
            staffing.setInput(rows);
            List<BarChart.Bar> bars = new ArrayList<>();
            for (StaffingRow r : rows.subList(0, Math.max(0, rows.size() - 1))) { // the last row is the total
                if (r.directors() > 0) {
                    bars.add(new BarChart.Bar(r.orgName(), new double[] { r.directorsTrained(), r.directors() - r.directorsTrained() }));
                }
            }
            coverage.set(NLS.bind(Messages.chart_directors, year), bars, true);
        });
    }
}
