package org.jiandu.app;

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

    @Override
    public Map<String, Object> getArguments() {
        return launcher.getArguments();
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
