package org.jiandu.training.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.security.UserService;
import org.jiandu.training.ImportKind;
import org.jiandu.training.TrainingRoles;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Training records (纪检监察干部培训) in five tabs: sessions with attendance, their calendar, the compliance
 * dashboard, a cadre's transcript with rotations and posting, and staffing with training coverage. Work that can take
 * long (imports, compliance over a county) runs as a cancellable job.
 */
public class TrainingPart {

    public static final String ID = "org.jiandu.training.ui.part.training";
    public static final String TABS = "jiandu.training.tabs", SESSIONS = "jiandu.training.sessions",
            ATTENDANCE = "jiandu.training.attendance", COMPLIANCE = "jiandu.training.compliance",
            COMPLIANCE_SUMMARY = "jiandu.training.compliance.summary", TRANSCRIPT = "jiandu.training.transcript",
            STAFFING = "jiandu.training.staffing", CADRE = "jiandu.training.cadre", CALENDAR = "jiandu.training.calendar";

    /** Tab positions, in the order {@link #create} adds them. */
    public static final int SESSIONS_TAB = 0, CALENDAR_TAB = 1, COMPLIANCE_TAB = 2, TRANSCRIPT_TAB = 3, STAFFING_TAB = 4;

    @Inject
    TrainingService training;

    @Inject
    OrgService orgs;

    @Inject
    Session session;

    @Inject
    UserService users;

    private CTabFolder tabs;
    private OrgNodeView selectedOrg;
    private SessionsTab sessions;
    private ComplianceTab compliance;
    private TranscriptTab transcript;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        PeopleNames people = PeopleNames.of(users);
        sessions = new SessionsTab(tab(Messages.tab_sessions), training, session, people, () -> compliance.invalidate());
        CalendarTab calendar = new CalendarTab(tab(Messages.tab_calendar), training, session, s -> {
            tabs.setSelection(SESSIONS_TAB);
            sessions.show(s);
        });
        compliance = new ComplianceTab(tab(Messages.tab_compliance), training, session, this::showTranscript);
        transcript = new TranscriptTab(tab(Messages.tab_transcript), training, orgs, session);
        StaffingTab staffing = new StaffingTab(tab(Messages.tab_staffing), training, session);
        tabs.setSelection(SESSIONS_TAB);
        tabs.addListener(SWT.Selection, e -> {
            int i = tabs.getSelectionIndex();
            if (i == COMPLIANCE_TAB && !compliance.computed()) {
                compliance.refresh();
            } else if (i == STAFFING_TAB && staffing.empty()) {
                staffing.refresh();
            } else if (i == CALENDAR_TAB) {
                calendar.refresh();
            }
        });
        sessions.refresh();
        follow(selectedOrg);
    }

    /**
     * Follows the organisation chosen in the jurisdiction tree where a township's view makes sense: the compliance gaps
     * and the cadres offered for a transcript. Sessions stay the county's (most are held for every township).
     */
    @Inject
    void selected(@Optional @Named(SelectedOrg.KEY) OrgNodeView org) {
        selectedOrg = org;
        follow(org);
    }

    private void follow(OrgNodeView org) {
        if (compliance != null && transcript != null && !tabs.isDisposed()) {
            compliance.follow(org);
            transcript.follow(org);
        }
    }

    private Composite tab(String label) {
        return Widgets.tab(tabs, label);
    }

    /** Shows a cadre's transcript (from the gaps table, or chosen above). */
    public void showTranscript(String cadreCode) {
        tabs.setSelection(TRANSCRIPT_TAB);
        transcript.show(cadreCode);
    }

    /** Whether the user's role may plan training (new sessions): the buttons and the commands ask the same. */
    boolean canPlan() {
        return TrainingRoles.mayPlan(session.subject().role());
    }

    /** Whether the user's role may record training (imports): the buttons and the commands ask the same. */
    boolean canRecord() {
        return TrainingRoles.mayRecord(session.subject().role());
    }

    void refresh() {
        sessions.refresh();
    }

    void newSession() {
        tabs.setSelection(SESSIONS_TAB);
        sessions.newSession();
    }

    void importWorkbook(ImportKind kind) {
        tabs.setSelection(SESSIONS_TAB);
        sessions.importWorkbook(kind);
    }

    /** Exports the transcript shown; nothing when no cadre is chosen. */
    void exportTranscript() {
        tabs.setSelection(TRANSCRIPT_TAB);
        transcript.export();
    }

    /**
     * Imports as a job with progress and cancel; when rows are bad, lists them and offers to import the good rows only.
     */
    public Job importFile(Path file, ImportKind kind, boolean goodRowsOnly) {
        return sessions.importFile(file, kind, goodRowsOnly);
    }
}
