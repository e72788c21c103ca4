package org.jiandu.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.jiandu.core.ServiceLookup;
import org.jiandu.persistence.DataDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Equinox entry point of the command line ({@code -application org.jiandu.cli.app}). */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        int code = new Cli(type -> ServiceLookup.await(CliApplication.class, type, 15_000),
                () -> InstalledCommands.await(CliApplication.class, 15_000), dir -> {
            ServiceRegistration<DataDirectory> reg = bc.registerService(DataDirectory.class, dir, null);
            return reg::unregister;
        }, System.out, System.err, System.in).run(args == null ? new String[0] : args);
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
