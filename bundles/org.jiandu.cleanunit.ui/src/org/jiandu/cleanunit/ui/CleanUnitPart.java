package org.jiandu.cleanunit.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

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

    private CTabFolder tabs;
    private CreationsTab creations;
    private ScoringTab scoring;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        creations = new CreationsTab(Widgets.tab(tabs, Messages.tab_creations), service, session, this::toScoring);
        scoring = new ScoringTab(Widgets.tab(tabs, Messages.tab_scoring), service, session, creations::selected, creations::refresh);
        StandardsTab standards = new StandardsTab(Widgets.tab(tabs, Messages.tab_standards), service, session);
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
        creations.refresh(null);
        standards.load();
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
