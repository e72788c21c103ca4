package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.ui.PatrolPart;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patrol ledger follows the jurisdiction tree as the training and clean unit screens do (issue 17): choosing a
 * township shows that township's and its villages' findings only; choosing the county shows them all again.
 */
class PatrolFollowsJurisdictionUiTest {

    private static final int TARGET_COLUMN = 2; // item, round, target, …

    @TempDir
    Path data;

    private RunningWorkbench wb;

    @Test
    void theLedgerNarrowsToTheTownshipChosenInTheTree() throws Exception {
        wb = new RunningWorkbench(data, "county");
        Shell window = wb.window;
        IEclipseContext app = wb.workbench.getApplication().getContext();
        wb.call(() -> {
            wb.workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class).showPart(PatrolPart.ID,
                    PartState.ACTIVATE);
            CTabFolder tabs = UiLookup.named(window, PatrolPart.TABS, CTabFolder.class);
            tabs.setSelection(tabs.getItemCount() - 1);
            tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        List<String> all = wb.await("the county's whole ledger", () -> {
            List<String> t = targets(window);
            return t.isEmpty() ? null : t;
        });

        OrgService orgs = ServiceLookup.await(getClass(), OrgService.class, 10_000);
        Session session = ServiceLookup.await(getClass(), Session.class, 10_000);
        Subject county = session.subject();
        String countyCode = session.county().id();
        OrgNodeView township = null;
        Set<String> names = new HashSet<>();
        for (OrgNodeView t : orgs.children(county, countyCode)) {
            Set<String> here = new HashSet<>();
            here.add(t.name());
            orgs.children(county, t.code()).forEach(v -> here.add(v.name()));
            long in = all.stream().filter(here::contains).count();
            if (t.level() == OrgLevel.TOWNSHIP && in > 0 && in < all.size()) {
                township = t;
                names = here;
                break;
            }
        }
        assertNotNull(township, "a township with some, not all, of the demo findings: " + all);

        OrgNodeView chosen = township;
        wb.call(() -> {
            app.set(SelectedOrg.KEY, chosen);
            return null;
        });
        Set<String> within = names;
        List<String> narrowed = wb.await("the ledger of " + township.name(), () -> {
            List<String> t = targets(window);
            return !t.isEmpty() && t.size() < all.size() ? t : null;
        });
        assertTrue(within.containsAll(narrowed), township.name() + " and its villages only: " + narrowed);

        OrgNodeView whole = orgs.find(county, countyCode).orElseThrow();
        wb.call(() -> {
            app.set(SelectedOrg.KEY, whole);
            return null;
        });
        wb.await("the whole ledger again", () -> targets(window).size() == all.size() ? Boolean.TRUE : null);
    }

    private List<String> targets(Shell window) {
        return wb.call(() -> {
            Table t = UiLookup.named(window, PatrolPart.LEDGER, Table.class);
            List<String> names = new ArrayList<>();
            for (int i = 0; t != null && i < t.getItemCount(); i++) {
                names.add(t.getItem(i).getText(TARGET_COLUMN));
            }
            return names;
        });
    }

    @AfterEach
    void closeWhatIsLeft() throws InterruptedException {
        if (wb != null) {
            wb.close();
        }
    }
}
