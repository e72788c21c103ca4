package org.jiandu.cleanunit.ui;


import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.PeopleNames;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Clean-unit creation (清廉单元创建): the creation list with the workflow's steps, the scoring form with evidence,
 * the versioned standards with their diff, the township × kind coverage with charts, and the demonstration sites
 * with their followers, one tab each. Every call goes to the headless service, which checks scope, role and rules.
 */
public class CleanUnitPart {

    public static final String ID = "org.jiandu.cleanunit.ui.part.cleanunit";
    public static final String TABS = "jiandu.cleanunit.tabs", CREATIONS = "jiandu.cleanunit.creations",
            HISTORY = "jiandu.cleanunit.history",
            SCORES = "jiandu.cleanunit.scores", EVALUATIONS = "jiandu.cleanunit.evaluations", STANDARD = "jiandu.cleanunit.standard",
            DIFF = "jiandu.cleanunit.diff", COVERAGE = "jiandu.cleanunit.coverage", SITES = "jiandu.cleanunit.sites",
            CANDIDATES = "jiandu.cleanunit.candidates";
    public static final int CREATIONS_TAB = 0, SCORING_TAB = 1, STANDARDS_TAB = 2, COVERAGE_TAB = 3, SITES_TAB = 4;

    @Inject
    CleanUnitService service;

    @Inject
    Session session;

    @Inject
    OrgService orgs;

    @Inject
    UserService users;

    private CTabFolder tabs;
    private CreationsTab creations;
    private ScoringTab scoring;
    /** The organisation chosen in the jurisdiction tree, kept until the creations tab is there to follow it. */
    private OrgNodeView selectedOrg;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        PeopleNames names = PeopleNames.of(users);
        creations = new CreationsTab(Widgets.tab(tabs, Messages.tab_creations), service, session, this::toScoring, orgs, names);
        scoring = new ScoringTab(Widgets.tab(tabs, Messages.tab_scoring), service, session, creations::selected, creations::refresh,
                names);
        StandardsTab standards = new StandardsTab(Widgets.tab(tabs, Messages.tab_standards), service, session, names);
        CoverageTab coverage = new CoverageTab(Widgets.tab(tabs, Messages.tab_coverage), service, session);
        SitesTab sites = new SitesTab(Widgets.tab(tabs, Messages.tab_sites), service, session);
        tabs.setSelection(CREATIONS_TAB);
        tabs.addListener(SWT.Selection, e -> {
            switch (tabs.getSelectionIndex()) {
                case COVERAGE_TAB -> coverage.refresh();
                case SITES_TAB -> sites.refresh();
                case SCORING_TAB -> scoring.load();
                default -> {
                }
            }
        });
        if (!follow(selectedOrg)) {
            creations.refresh(null);
        }
        standards.load();
    }

    /**
     * Follows the township chosen in the jurisdiction tree: the creations list shows that township's units (the county
     * or the city shows all). Injected again whenever the choice changes.
     */
    @Inject
    void selected(@Optional @Named(SelectedOrg.KEY) OrgNodeView org) {
        selectedOrg = org;
        if (creations != null) {
            follow(org);
        }
    }

    /**
     * A township narrows the list, the county or the city shows all, a village or a unit leaves it as it is (a part
     * opened after the choice follows it too). Whether the list now shows a township (and is being loaded for it).
     */
    private boolean follow(OrgNodeView org) {
        if (org == null || org.level() != OrgLevel.VILLAGE && org.level() != OrgLevel.UNIT) {
            creations.follow(org == null || org.level() != OrgLevel.TOWNSHIP ? null : org);
        }
        return org != null && org.level() == OrgLevel.TOWNSHIP;
    }

    void refresh() {
        creations.refresh(null);
    }

    void declare() {
        tabs.setSelection(CREATIONS_TAB);
        creations.declare();
    }

    void export() {
        tabs.setSelection(CREATIONS_TAB);
        creations.export();
    }

    /** The selected creation in the scoring form. */
    private void toScoring() {
        tabs.setSelection(SCORING_TAB);
        scoring.load();
    }
}
