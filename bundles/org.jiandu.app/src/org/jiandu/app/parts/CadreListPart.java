package org.jiandu.app.parts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.app.Messages;
import org.jiandu.app.jurisdiction.JurisdictionEdits;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Cadres of the organisation selected in the jurisdiction tree and everything below it. */
public class CadreListPart {

    public static final String TABLE = "jiandu.cadres.table";
    private static final int MAX = 5000;

    @Inject
    OrgService orgs;

    @Inject
    Session session;

    @Inject
    IEventBroker events;

    @Inject
    @Optional
    JurisdictionService jurisdiction;

    private TableViewer viewer;
    private Label title;
    private OrgNodeView shown;

    /** Where the keyboard lands when the part is activated (Go → …, or a click on its tab). */
    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setData("name", TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.standard(viewer);
        column(Messages.cadres_code, 130, CadreView::code);
        column(Messages.cadres_name, 90, CadreView::name);
        column(Messages.cadres_org, 180, CadreView::orgName);
        column(Messages.cadres_rank, 80, c -> Labels.of(c.rank()));
        column(Messages.cadres_role, 170, c -> Labels.of(c.role()));
        column(Messages.cadres_since, 100, c -> c.since() == null ? "" : c.since().toString());
        column(Messages.cadres_seconded, 80, c -> c.seconded() ? Messages.yes : "");
        column(Messages.cadres_state, 80, c -> c.active() ? "" : Messages.cadres_left);
        JurisdictionEdits.cadreMenu(viewer, session, () -> shown, () -> jurisdiction, events);
        show(shown);
    }

    private void column(String label, int width, Function<CadreView, String> text) {
        Tables.column(viewer, CadreView.class, label, width, text);
    }

    /** After an import or a hand edit the list is read again. */
    @Inject
    @Optional
    void jurisdictionChanged(@UIEventTopic(JurisdictionEdits.CHANGED) String code) {
        show(shown);
    }

    @Inject
    void show(@Optional @Named(JurisdictionPart.SELECTED_ORG) OrgNodeView node) {
        shown = node;
        if (node == null || viewer == null || viewer.getControl().isDisposed()) {
            return; // shown once the table exists
        }
        List<CadreView> cadres = orgs.cadres(session.subject(), node.code(), MAX);
        viewer.setInput(cadres);
        title.setText(NLS.bind(Messages.cadres_count, cadres.size(), node.name()));
        title.getParent().layout();
    }
}
