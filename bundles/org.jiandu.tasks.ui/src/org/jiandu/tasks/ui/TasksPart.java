package org.jiandu.tasks.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.ResponsibilityService;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Supervision tasks (督办考评) of the installation's county: the user's work list (due soon, overdue with its warning,
 * reports to verify), the issued lists and each body's standing, the period's scores and ranking, the closed loops of
 * problems found, and the main responsibility of units and leaders. One tab each; every service call runs in a job.
 */
public class TasksPart {

    public static final String ID = "org.jiandu.tasks.ui.part.tasks";
    public static final String TABS = "jiandu.tasks.tabs", WORK = "jiandu.tasks.work", LISTS = "jiandu.tasks.lists",
            LIST_TASKS = "jiandu.tasks.listTasks", RANKING = "jiandu.tasks.ranking", LOOPS = "jiandu.tasks.loops",
            DUTIES = "jiandu.tasks.duties";
    public static final int WORK_TAB = 0, LISTS_TAB = 1, RANKING_TAB = 2, LOOPS_TAB = 3, DUTIES_TAB = 4;

    @Inject
    TasksService tasks;

    @Inject
    ClosedLoopService loops;

    @Inject
    ResponsibilityService duties;

    @Inject
    Session session;

    private CTabFolder folder;
    private WorkTab work;
    private ListsTab lists;
    private RankingTab ranking;
    private LoopsTab loopsTab;
    private DutiesTab dutiesTab;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        folder.setData("name", TABS);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        work = new WorkTab(Widgets.tab(folder, Messages.tab_work), tasks, loops, session);
        lists = new ListsTab(Widgets.tab(folder, Messages.tab_lists), tasks, session);
        ranking = new RankingTab(Widgets.tab(folder, Messages.tab_ranking), tasks, session);
        loopsTab = new LoopsTab(Widgets.tab(folder, Messages.tab_loops), tasks, loops, session);
        dutiesTab = new DutiesTab(Widgets.tab(folder, Messages.tab_duties), duties, session);
        folder.setSelection(WORK_TAB);
        folder.addListener(SWT.Selection, e -> refresh());
        work.refresh();
    }

    /** Reloads the tab in front. */
    void refresh() {
        switch (folder.getSelectionIndex()) {
            case LISTS_TAB -> lists.refresh();
            case RANKING_TAB -> ranking.refresh();
            case LOOPS_TAB -> loopsTab.refresh();
            case DUTIES_TAB -> dutiesTab.refresh();
            default -> work.refresh();
        }
    }

    boolean issues() {
        return TaskRights.issues(session.subject().role());
    }

    void issue() {
        folder.setSelection(LISTS_TAB);
        lists.issue();
    }

    void export() {
        folder.setSelection(RANKING_TAB);
        ranking.export();
    }
}
