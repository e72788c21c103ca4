package org.jiandu.cleanunit.ui;

import static org.jiandu.ui.Tables.column;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.SiteView;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** The demonstration-sites tab: each site with the units that follow it, and the units that could follow one. */
final class SitesTab {

    /** A row of the sites table: a site, or one of its followers. */
    record SiteRow(CreationView creation, SiteView site, boolean follower) {
    }

    private final Composite tab;
    private final CleanUnitService service;
    private final Session session;
    private Combo siteKind;
    private TableViewer siteTable, candidateTable;

    SitesTab(Composite tab, CleanUnitService service, Session session) {
        this.tab = tab;
        this.service = service;
        this.session = session;
        create();
    }

    private void create() {
        boolean county = session.subject().role().actsForCounty();
        Composite bar = Widgets.row(tab);
        new Label(bar, SWT.NONE).setText(Messages.kind);
        siteKind = Combos.readOnly(bar, Combos.kinds(false), 110);
        siteKind.select(CleanUnitKind.VILLAGE.ordinal());
        siteKind.addListener(SWT.Selection, e -> refresh());
        Widgets.button(bar, Messages.follow, county, this::follow);
        Widgets.button(bar, Messages.unfollow, county, this::unfollow);
        Widgets.button(bar, Messages.refresh, true, this::refresh);
        SashForm sash = Widgets.split(tab);
        Composite top = Widgets.pane(sash);
        siteTable = Widgets.table(top, CleanUnitPart.SITES);
        column(siteTable, SiteRow.class, Messages.unit, 240, r -> (r.follower() ? "    └ " : "★ ") + r.creation().unitName());
        column(siteTable, SiteRow.class, Messages.township, 120, r -> r.creation().groupName());
        column(siteTable, SiteRow.class, Messages.status, 80, r -> r.creation().status().label());
        column(siteTable, SiteRow.class, Messages.latest_score, 70, r -> Scores.text(r.creation().latestTotal()));
        column(siteTable, SiteRow.class, Messages.followers, 200, r -> r.follower() ? "" : NLS.bind(Messages.followers_meeting, r.site()
                .followersMeeting(), r.site().followers().size()));
        Composite bottom = Widgets.pane(sash);
        new Label(bottom, SWT.NONE).setText(Messages.candidates);
        candidateTable = Widgets.table(bottom, CleanUnitPart.CANDIDATES);
        column(candidateTable, CreationView.class, Messages.unit, 240, CreationView::unitName);
        column(candidateTable, CreationView.class, Messages.township, 120, CreationView::groupName);
        column(candidateTable, CreationView.class, Messages.status, 80, c -> c.status().label());
        column(candidateTable, CreationView.class, Messages.latest_score, 70, c -> Scores.text(c.latestTotal()));
        sash.setWeights(60, 40);
    }

    void refresh() {
        CleanUnitKind k = Combos.kindAt(siteKind, false);
        record Loaded(List<SiteView> sites, List<CreationView> candidates) {
        }
        Jobs.background(tab, Messages.loading, () -> new Loaded(service.sites(session.subject(), k), service.creations(session.subject(),
                new CreationFilter(k, null, null, null, 5000)).stream().filter(c -> !c.site() && c.siteId() == 0).toList()), l -> {
                    List<SiteRow> rows = new ArrayList<>();
                    for (SiteView s : l.sites()) {
                        rows.add(new SiteRow(s.site(), s, false));
                        s.followers().forEach(f -> rows.add(new SiteRow(f, s, true)));
                    }
                    siteTable.setInput(rows);
                    candidateTable.setInput(l.candidates());
                });
    }

    private void follow() {
        SiteRow site = (SiteRow) siteTable.getStructuredSelection().getFirstElement();
        CreationView unit = (CreationView) candidateTable.getStructuredSelection().getFirstElement();
        if (site == null || unit == null) {
            Dialogs.info(tab.getShell(), Messages.follow, Messages.select_site_and_unit);
            return;
        }
        Jobs.background(tab, Messages.follow, () -> {
            service.follow(session.subject(), unit.id(), site.site().site().id());
            return unit;
        }, u -> refresh());
    }

    private void unfollow() {
        SiteRow row = (SiteRow) siteTable.getStructuredSelection().getFirstElement();
        if (row == null || !row.follower()) {
            Dialogs.info(tab.getShell(), Messages.unfollow, Messages.select_follower);
            return;
        }
        Jobs.background(tab, Messages.unfollow, () -> {
            service.follow(session.subject(), row.creation().id(), 0);
            return row;
        }, r -> refresh());
    }
}
