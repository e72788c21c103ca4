package org.jiandu.cli;

import java.io.IOException;
import java.util.logging.Logger;

import org.jiandu.core.ServiceLookup;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * While the workbench has a data directory open and its database ready, {@code jiandu COMMAND} on that directory runs
 * in the workbench's process ({@link ResidentServer}) instead of being refused as "in use".
 */
@Component(immediate = true)
public final class ResidentComponent {

    private static final Logger LOG = Logger.getLogger(ResidentComponent.class.getName());

    @Reference(target = "(" + DataDirectory.RESIDENT + "=true)")
    private DataDirectory dir;

    @Reference
    private Database database;

    private ResidentServer server;

    @Activate
    void activate() {
        try {
            server = ResidentServer.start(dir.root(), (args, caller, out, err, in) -> new Cli(
                    type -> ServiceLookup.await(ResidentComponent.class, type, 15_000),
                    () -> InstalledCommands.await(ResidentComponent.class, 15_000), opened -> () -> { },
                    out, err, in, caller, dir.root()).run(args));
        } catch (IOException | RuntimeException e) {
            // the workbench works on; commands then say the directory is in use, as before
            LOG.warning("the command line cannot reach this workbench: " + e.getClass().getSimpleName());
        }
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.close();
        }
    }
}
