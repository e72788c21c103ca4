package org.jiandu.app.parts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.jiandu.app.Messages;
import org.jiandu.app.jurisdiction.JurisdictionEdits;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.TownshipStaffing;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Role;
import org.jiandu.ui.Labels;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The jurisdiction tree (county → township → village, county-level units below their county), loaded level by
 * level from {@link OrgService}, with a filter box and the selected node's staffing figures. Selecting a node
 * publishes it, so the cadre list follows.
 */
public class JurisdictionPart {

    public static final String TREE = "jiandu.jurisdiction.tree";
    public static final String FILTER = "jiandu.jurisdiction.filter";

    @Inject
    OrgService orgs;

    @Inject
    Session session;

    /** Context key under which the selected organisation is shared with other parts (e.g. the cadre list). */
    public static final String SELECTED_ORG = SelectedOrg.KEY;

    @Inject
    ESelectionService selection;

    @Inject
    MApplication application;

    @Inject
    IEventBroker events;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    JurisdictionService jurisdiction;

    private TreeViewer tree;
    private Text filter;
    private Text details;
    private Set<String> visibleCodes; // null when not filtering

    /** Where the keyboard lands when the part is activated (Go → …, or a click on its tab). */
    @Focus
    void focus() {
        tree.getTree().setFocus();
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.jur_filter);
        filter.setData("name", FILTER);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        tree = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setData("name", TREE);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                OrgNodeView n = (OrgNodeView) element;
                String text = n.level() == OrgLevel.TOWNSHIP
                        ? NLS.bind(Messages.jur_with_villages, n.name(), n.childCount())
                        : n.level() == OrgLevel.COUNTY ? NLS.bind(Messages.jur_with_below, n.name(), n.childCount()) : n.name();
                return n.closed() ? text + "  [" + Messages.jur_closed + " " + n.closedOn() + "]" : text;
            }
        });
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return visibleCodes == null || visibleCodes.contains(((OrgNodeView) element).code());
            }
        });
        tree.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof OrgNodeView node) {
                showDetails(node);
                selection.setSelection(node);
                // shared through the application context so parts created later see it too
                application.getContext().set(SELECTED_ORG, node);
            }
        });

        Group group = new Group(sash, SWT.NONE);
        group.setText(Messages.jur_details);
        group.setLayout(new GridLayout(1, false));
        // read-only text rather than a label: on a small screen the details scroll instead of being cut
        details = Widgets.tabMovesOn(new Text(group, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL));
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(58, 42);

        JurisdictionEdits.treeMenu(tree, session, orgs, () -> jurisdiction, events);
        load();

        filter.addModifyListener(e -> filter.getDisplay().timerExec(300, this::applyFilter));
    }

    private void load() {
        OrgNodeView root = orgs.root(session.subject());
        tree.setInput(new Object[] { root });
        tree.expandToLevel(2);
        tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(root), true);
    }

    /** After an import or a hand edit: the tree is loaded again and the changed node selected when it is shown. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void jurisdictionChanged(@UIEventTopic(JurisdictionEdits.CHANGED) String code) {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = tree.getExpandedElements();
        load();
        for (Object o : expanded) {
            String c = ((OrgNodeView) o).code();
            orgs.find(session.subject(), c).ifPresent(n -> tree.setExpandedState(n, true));
        }
        orgs.find(session.subject(), code).ifPresent(n -> tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(n), true));
    }

    /** Shows the ancestors of every match so the matches appear in place; at most 300 matches. */
    private void applyFilter() {
        if (filter.isDisposed()) {
            return;
        }
        String text = filter.getText().trim();
        if (text.isEmpty()) {
            visibleCodes = null;
            tree.refresh();
            details.setText("");
            return;
        }
        List<OrgNodeView> hits = orgs.search(session.subject(), text, 300);
        Set<String> codes = new HashSet<>();
        for (OrgNodeView n : hits) {
            for (String segment : n.path().split("/")) {
                if (!segment.isEmpty()) {
                    codes.add(segment);
                }
            }
        }
        visibleCodes = codes;
        tree.refresh();
        tree.expandAll();
        if (hits.isEmpty()) {
            details.setText(NLS.bind(Messages.jur_no_match, text));
        }
    }

    private void showDetails(OrgNodeView node) {
        StringBuilder sb = new StringBuilder();
        sb.append(node.name()).append('\n');
        sb.append(NLS.bind(Messages.jur_line, Messages.jur_level, Labels.of(node.level()))).append('\n');
        if (node.level() == OrgLevel.TOWNSHIP) {
            List<TownshipStaffing> s = orgs.staffing(session.subject(), node.code());
            if (!s.isEmpty()) {
                TownshipStaffing t = s.get(0);
                line(sb, Messages.jur_posts, t.authorizedPosts());
                line(sb, Messages.jur_filled, t.filled());
                line(sb, Messages.jur_vacancies, t.vacancies());
                line(sb, Messages.jur_seconded, t.secondedLongTerm());
                line(sb, Messages.jur_villages, t.villages());
            }
            line(sb, Messages.jur_cadres, orgs.stats(session.subject(), node.code()).cadres());
        } else if (node.level() == OrgLevel.COUNTY || node.level() == OrgLevel.CITY) {
            OrgStats st = orgs.stats(session.subject(), node.code());
            line(sb, Messages.jur_townships, st.townships());
            line(sb, Messages.jur_villages, st.villages());
            line(sb, Messages.jur_units, st.units());
            line(sb, Messages.jur_posts, st.authorizedPosts());
            line(sb, Messages.jur_vacancies, st.vacancies());
            line(sb, Messages.jur_seconded, st.secondedLongTerm());
            line(sb, Messages.jur_cadres, st.cadres());
        } else {
            line(sb, Messages.jur_cadres, orgs.stats(session.subject(), node.code()).cadres());
        }
        if (session.subject().role() == Role.ADMINISTRATOR) {
            // the code is for whoever fills in import workbooks; other users know places by name
            sb.append(NLS.bind(Messages.jur_line, Messages.jur_code, node.code())).append('\n');
        }
        details.setText(sb.toString());
    }

    private static void line(StringBuilder sb, String label, long value) {
        sb.append(NLS.bind(Messages.jur_line, label, value)).append('\n');
    }

    /** Children are fetched from the service when a node is first expanded. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            return orgs.children(session.subject(), ((OrgNodeView) parent).code()).toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return ((OrgNodeView) element).childCount() > 0;
        }
    }

}
