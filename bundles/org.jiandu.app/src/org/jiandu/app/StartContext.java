package org.jiandu.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The launcher's application context as e4 gets it, with {@link StartLifeCycle} as its life-cycle hook and the
 * {@link Admission} that hook runs. Given only to the workbench this application starts: the bare e4 window of the
 * startup benchmark runs the same product without it.
 */
final class StartContext implements IApplicationContext {

    private static final String LIFE_CYCLE = "bundleclass://org.jiandu.app/" + StartLifeCycle.class.getName();

    private final IApplicationContext launcher;
    private final Admission admission;

    StartContext(IApplicationContext launcher, Admission admission) {
        this.launcher = launcher;
        this.admission = admission;
    }

    Admission admission() {
        return admission;
    }

    @Override
    public String getBrandingProperty(String key) {
        return IWorkbench.LIFE_CYCLE_URI_ARG.equals(key) ? LIFE_CYCLE : launcher.getBrandingProperty(key);
    }

    /**
     * The launcher's arguments without {@code -lifeCycleURI}: e4 reads its arguments before the branding, and another
     * hook given on the command line would start the workbench without the admission (no login).
     */
    @Override
    public Map<String, Object> getArguments() {
        Map<String, Object> all = new HashMap<>(launcher.getArguments());
        if (all.get(APPLICATION_ARGS) instanceof String[] args) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (("-" + IWorkbench.LIFE_CYCLE_URI_ARG).equals(args[i])) {
                    i++; // and its value
                } else {
                    kept.add(args[i]);
                }
            }
            all.put(APPLICATION_ARGS, kept.toArray(new String[0]));
        }
        return all;
    }

    @Override
    public void applicationRunning() {
        launcher.applicationRunning();
    }

    @Override
    public String getBrandingApplication() {
        return launcher.getBrandingApplication();
    }

    @Override
    public String getBrandingName() {
        return launcher.getBrandingName();
    }

    @Override
    public String getBrandingDescription() {
        return launcher.getBrandingDescription();
    }

    @Override
    public String getBrandingId() {
        return launcher.getBrandingId();
    }

    @Override
    public Bundle getBrandingBundle() {
        return launcher.getBrandingBundle();
    }

    @Override
    public void setResult(Object result, IApplication application) {
        launcher.setResult(result, application);
    }
}
