package org.jiandu.app.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.jiandu.app.Messages;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Lists the {@link WorkbenchModule} services of the installed modules the user's role may use, and only those:
 * a county build without a module shows no trace of it, and a role sees the modules it may use. Follows modules
 * appearing and disappearing while it runs.
 */
public class ModuleNavigatorPart {

    public static final String TABLE = "jiandu.navigator.table";

    @Inject
    EPartService partService;

    @Inject
    Session session;

    private TableViewer viewer;
    private Label empty;
    private ServiceTracker<WorkbenchModule, WorkbenchModule> tracker;
    private boolean byUser;

    /** Where the keyboard lands when the part is activated (Go → …, or a click on its tab). */
    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        empty = new Label(parent, SWT.WRAP);
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.getTable().setData("name", TABLE);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((WorkbenchModule) element).label();
            }
        });
        // one click (or the arrow keys) opens a module, as in any navigation list; Enter as well. GTK selects the first
        // row when the list first gets the keyboard focus, which opened the first module at every start: a selection
        // opens a module only when a click or a key in the list made it (GTK's stays, where Enter opens it)
        Table table = viewer.getTable();
        table.addListener(SWT.MouseDown, e -> byUser = true);
        table.addListener(SWT.KeyDown, e -> byUser = true);
        table.addListener(SWT.FocusOut, e -> byUser = false);
        viewer.addSelectionChangedListener(e -> {
            if (byUser) {
                open(e.getStructuredSelection());
            }
        });
        viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Display display = parent.getDisplay();
        tracker = new ServiceTracker<>(bc, WorkbenchModule.class, null) {
            @Override
            public WorkbenchModule addingService(ServiceReference<WorkbenchModule> reference) {
                WorkbenchModule m = super.addingService(reference);
                display.asyncExec(ModuleNavigatorPart.this::refresh);
                return m;
            }

            @Override
            public void removedService(ServiceReference<WorkbenchModule> reference, WorkbenchModule service) {
                super.removedService(reference, service);
                display.asyncExec(ModuleNavigatorPart.this::refresh);
            }
        };
        tracker.open();
        refresh();
    }

    private void open(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof WorkbenchModule module) {
            partService.showPart(module.partId(), PartState.ACTIVATE);
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<WorkbenchModule> modules = new ArrayList<>(tracker.getTracked().values());
        modules.removeIf(m -> !m.availableTo(session.subject()));
        modules.sort(Comparator.comparingInt(WorkbenchModule::order).thenComparing(WorkbenchModule::id));
        viewer.setInput(modules);
        empty.setText(modules.isEmpty() ? Messages.nav_none : Messages.nav_hint);
        empty.getParent().layout();
    }

    @PreDestroy
    void dispose() {
        if (tracker != null) {
            tracker.close();
        }
    }
}
