package org.jiandu.testing;

import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A real installation for a module's integration test, set up as the workbench and the CLI set one up: a locked data
 * directory registered as a service, its database (the H2 file, or the given one) opened, Danfeng's demo data loaded
 * with the demo users. Services are looked up through the test's own bundle (a fragment's host is active; this
 * bundle need not be).
 */
public final class DemoInstallation implements AutoCloseable {

    /** The administrator's password in every test installation. */
    public static final String ADMIN_PASSWORD = "admin-pass-1";

    private final Class<?> caller;
    private final DataDirectory dir;
    private final ServiceRegistration<DataDirectory> registration;

    /** Danfeng's demo on the data directory's own H2 file. */
    public DemoInstallation(Class<?> caller, Path root) {
        this(caller, root, null);
    }

    /** @param config a database to use instead of the directory's H2 file (PostgreSQL), or null */
    public DemoInstallation(Class<?> caller, Path root, DatabaseConfig config) {
        this.caller = caller;
        dir = DataDirectory.open(root);
        try {
            await(DatabaseManager.class).open(config == null ? dir.defaultDatabase() : config);
            CountyProfile danfeng = CountyProfile.require("danfeng");
            await(DemoDataService.class).load(List.of(danfeng), danfeng, ADMIN_PASSWORD.toCharArray());
        } catch (RuntimeException | Error e) {
            dir.close(); // the next test may open the same place
            throw e;
        }
        registration = FrameworkUtil.getBundle(caller).getBundleContext().registerService(DataDirectory.class, dir, null);
    }

    /** A service, waiting for SCR to activate it; fails the test when none comes within ten seconds. */
    public <T> T await(Class<T> type) {
        T s = ServiceLookup.await(caller, type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return s;
    }

    public DataDirectory dir() {
        return dir;
    }

    /** Logs a demo user in ({@code admin} with {@link #ADMIN_PASSWORD}, the others with the demo password). */
    public Subject login(String user) throws Exception {
        return await(UserService.class).authenticate(user,
                (user.equals("admin") ? ADMIN_PASSWORD : DemoDataService.DEMO_PASSWORD).toCharArray());
    }

    /** Unregisters the data directory (modules that need it close their files), closes the database, unlocks. */
    @Override
    public void close() {
        registration.unregister();
        await(DatabaseManager.class).close();
        dir.close();
    }
}
