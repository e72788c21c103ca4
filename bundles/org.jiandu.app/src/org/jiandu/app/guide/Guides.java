package org.jiandu.app.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Finds the guides to show: the workbench's own first, then one per module bundle that registers a module the user's
 * role may use, in the navigator's order. A build without a module has no guide for it.
 */
public final class Guides {

    private Guides() {
    }

    public static void open(Shell shell, Session session) {
        new GuideDialog(shell, find(session)).open();
    }

    static List<Guide> find(Session session) {
        BundleContext bc = FrameworkUtil.getBundle(Guides.class).getBundleContext();
        List<Guide> guides = new ArrayList<>();
        Guide own = Guide.of(bc.getBundle());
        if (own != null) {
            guides.add(own);
        }
        Map<Bundle, Integer> modules = new LinkedHashMap<>();
        try {
            for (ServiceReference<WorkbenchModule> ref : bc.getServiceReferences(WorkbenchModule.class, null)) {
                WorkbenchModule m = bc.getService(ref);
                if (m != null && m.availableTo(session.subject())) {
                    modules.merge(ref.getBundle(), m.order(), Math::min);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        modules.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(e -> Guide.of(e.getKey())).filter(g -> g != null).forEach(guides::add);
        return guides;
    }
}
