package org.jiandu.patrol.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.UserService;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolRights;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.planning.Violation;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Patrol planning (巡察) of the installation's county for the current term: the plan by round and team, the coverage
 * heat map, and the rectification ledger, one tab each. Planning runs as a job; the checker is the planner-independent one.
 */
public class PatrolPart {

    public static final String ID = "org.jiandu.patrol.ui.part.patrol";
    public static final String TABS = "jiandu.patrol.tabs", ROUNDS = "jiandu.patrol.rounds", ASSIGNMENTS = "jiandu.patrol.assignments",
            SUMMARY = "jiandu.patrol.summary", COVERAGE = "jiandu.patrol.coverage", LEDGER = "jiandu.patrol.ledger",
            FEEDBACK = "jiandu.patrol.feedback", NOT_ALLOWED = "jiandu.patrol.notAllowed", SCHEDULE = "jiandu.patrol.schedule";
    /** The table data key a table's export takes its title from (org.jiandu.ui's table menu). */
    static final String EXPORT_TITLE = "jiandu.title";
    /**
     * Tab indexes for a user who plans; a township has the schedule and the ledger tabs, a user who only reads the
     * ledger has the ledger tab alone.
     */
    public static final int PLAN_TAB = 0, COVERAGE_TAB = 1, LEDGER_TAB = 2;

    @Inject
    PatrolService patrol;

    @Inject
    LedgerService ledgerService;

    @Inject
    Session session;

    @Inject
    UserService users;

    @Inject
    OrgService orgs;

    private Composite parent;
    /** The organisation chosen in the shell's jurisdiction tree, kept until the tabs are there to follow it. */
    private OrgNodeView selectedOrg;

    private PlanTab plan;
    private CoverageTab coverage;
    private LedgerTab ledger;
    private ScheduleTab schedule;

    @PostConstruct
    void create(Composite parent) {
        String term = PatrolService.termContaining(LocalDate.now().getYear());
        this.parent = parent;
        parent.setLayout(new GridLayout(1, false));
        Role role = session.subject().role();
        boolean plans = PatrolRights.plans(role);
        boolean readsSchedule = !plans && PatrolRights.readsSchedule(role);
        if (!plans) {
            // said plainly instead of a refused service call: plans name team members and their relatives
            Label note = new Label(parent, SWT.WRAP);
            note.setData("name", NOT_ALLOWED);
            String text = readsSchedule ? Messages.schedule_hint : PatrolRights.readsLedger(role) ? Messages.plans_hidden
                    : Messages.not_allowed;
            note.setText(NLS.bind(text, session.subject().displayName()));
            note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            if (!PatrolRights.readsLedger(role)) {
                return;
            }
        }
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (plans) {
            plan = new PlanTab(Widgets.tab(tabs, Messages.tab_plan), patrol, session, term, (p, current) -> coverage.show(p, current));
            coverage = new CoverageTab(Widgets.tab(tabs, Messages.tab_coverage));
        } else if (readsSchedule) {
            schedule = new ScheduleTab(Widgets.tab(tabs, Messages.tab_schedule), patrol, session, term);
        }
        ledger = new LedgerTab(Widgets.tab(tabs, Messages.tab_ledger), ledgerService, session, term, PeopleNames.of(users));
        int ledgerTab = tabs.getItemCount() - 1;
        tabs.setSelection(0);
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelectionIndex() == ledgerTab) {
                ledger.refresh();
            }
        });
        if (plans) {
            plan.load();
        } else if (schedule != null) {
            schedule.load();
        } else {
            ledger.refresh();
        }
        follow(selectedOrg);
    }

    /**
     * Follows the organisation chosen in the jurisdiction tree: the plan's assignments and the ledger narrow to a
     * chosen township (with its villages), village or unit. Injected again whenever the choice changes.
     */
    @Inject
    void selected(@Optional @Named(SelectedOrg.KEY) OrgNodeView org) {
        selectedOrg = org;
        follow(org);
    }

    private void follow(OrgNodeView org) {
        if (ledger == null || parent.isDisposed()) {
            return;
        }
        Jobs.background(parent, Messages.tab_ledger, () -> JurisdictionFilter.of(org, orgs, session.subject()), f -> {
            if (plan != null) {
                plan.follow(f);
            }
            ledger.follow(f);
        });
    }

    /** Whether the plan tabs are there: only a user who plans sees them, so only such a user's commands act on them. */
    boolean plans() {
        return plan != null;
    }

    /** Whether the ledger tab is there. */
    boolean readsLedger() {
        return ledger != null;
    }

    boolean replans() {
        return plan != null && plan.replans();
    }

    void replan() {
        plan.replan();
    }

    void checkPlan() {
        plan.check();
    }

    void exportPlan() {
        plan.export();
    }

    void refreshLedger() {
        ledger.refresh();
    }

    void exportLedger() {
        ledger.export();
    }

    /**
     * Moves a target (a township with the villages that go with it) to another round with the same team, then checks
     * the whole edited plan with the independent checker and says at once what, if anything, it breaks.
     */
    public List<Violation> move(String targetCode, int round) {
        return move(targetCode, round, null);
    }

    /** As {@link #move(String, int)}, to {@code team} (its code; null keeps the team). */
    public List<Violation> move(String targetCode, int round, String team) {
        return plan == null ? List.of() : plan.move(targetCode, round, team);
    }
}
