package org.jiandu.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jiandu.cli.spi.CliCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The command contributions of the modules in this build. SCR registers components asynchronously, so the launcher
 * asks SCR how many enabled components declare {@link CliCommand} and waits until that many are registered: a
 * command of a module that is present is never "unknown" because the launcher looked too early.
 */
public final class InstalledCommands {

    private InstalledCommands() {
    }

    /** Every contribution registered within {@code millis} (those present then, if some never appear). */
    public static List<CliCommand> await(Class<?> caller, long millis) {
        BundleContext bc = FrameworkUtil.getBundle(caller).getBundleContext();
        ServiceTracker<CliCommand, CliCommand> commands = new ServiceTracker<>(bc, CliCommand.class, null);
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr = new ServiceTracker<>(bc,
                ServiceComponentRuntime.class, null);
        commands.open();
        scr.open();
        try {
            long until = System.nanoTime() + millis * 1_000_000;
            ServiceComponentRuntime runtime = scr.waitForService(millis);
            int declared = runtime == null ? 0 : declared(runtime);
            while (commands.size() < declared && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            CliCommand[] found = commands.getServices(new CliCommand[0]);
            return found == null ? List.of() : new ArrayList<>(Arrays.asList(found));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            commands.close();
            scr.close();
        }
    }

    private static int declared(ServiceComponentRuntime runtime) {
        int n = 0;
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            if (d.serviceInterfaces != null && Arrays.asList(d.serviceInterfaces).contains(CliCommand.class.getName())
                    && runtime.isComponentEnabled(d)) {
                n++;
            }
        }
        return n;
    }
}
