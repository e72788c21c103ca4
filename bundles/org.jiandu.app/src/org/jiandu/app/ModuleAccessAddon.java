package org.jiandu.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A role sees the modules it may use: the part and the menu of every module whose {@link WorkbenchModule#availableTo}
 * refuses the logged-in user are not rendered (a menu shared by several modules stays while one of them is
 * available), and the administration menu is the administrator's. Follows modules arriving after the window is
 * built.
 */
public class ModuleAccessAddon {

    @Inject
    EModelService models;

    static final String ADMIN_MENU = "org.jiandu.app.menu.admin";

    private ServiceTracker<WorkbenchModule, WorkbenchModule> tracker;

    @PostConstruct
    void start(Session session, MApplication app) {
        if (!session.subject().role().canManageUsers()) {
            // the shell's own administration menu (users, audit log) is the administrator's
            hide(find(app, ADMIN_MENU));
        }
        Display display = Display.getCurrent();
        tracker = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), WorkbenchModule.class, null) {
            @Override
            public WorkbenchModule addingService(ServiceReference<WorkbenchModule> reference) {
                WorkbenchModule m = super.addingService(reference);
                if (Thread.currentThread() == display.getThread()) {
                    apply(session, app, m);
                } else {
                    display.asyncExec(() -> apply(session, app, m));
                }
                return m;
            }
        };
        tracker.open();
    }

    private void apply(Session session, MApplication app, WorkbenchModule added) {
        // the module being added is not in the tracker's map yet
        List<WorkbenchModule> modules = new ArrayList<>(tracker.getTracked().values());
        modules.add(added);
        Map<String, Boolean> menus = new HashMap<>();
        for (WorkbenchModule m : modules) {
            boolean available = m.availableTo(session.subject());
            if (!available) {
                hide(find(app, m.partId()));
            }
            if (m.menuId() != null) {
                menus.merge(m.menuId(), available, Boolean::logicalOr);
            }
        }
        menus.forEach((id, used) -> {
            MUIElement menu = find(app, id);
            if (menu != null) {
                menu.setVisible(used);
                menu.setToBeRendered(used);
            }
        });
    }

    /** Parts by the usual search; menus only where the main menu is searched too. */
    private MUIElement find(MApplication app, String id) {
        MUIElement e = models.find(id, app);
        if (e == null) {
            List<MUIElement> menus = models.findElements(app, id, MUIElement.class, null, EModelService.IN_MAIN_MENU);
            e = menus.isEmpty() ? null : menus.get(0);
        }
        return e;
    }

    private static void hide(MUIElement element) {
        if (element != null) {
            element.setVisible(false);
            element.setToBeRendered(false);
        }
    }

    @PreDestroy
    void stop() {
        if (tracker != null) {
            tracker.close();
        }
    }
}
