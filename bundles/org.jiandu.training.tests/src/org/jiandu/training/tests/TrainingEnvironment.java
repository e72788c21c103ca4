package org.jiandu.training.tests;

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
import org.jiandu.training.TrainingService;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** A real installation for a test: locked data directory, a database with Danfeng's demo data, the training service. */
final class TrainingEnvironment implements AutoCloseable {

    final DataDirectory dir;
    private final ServiceRegistration<DataDirectory> registration;

    TrainingEnvironment(Path root) {
        this(root, null);
    }

    /** @param config a database to use instead of the directory's H2 file (PostgreSQL), or null */
    TrainingEnvironment(Path root, DatabaseConfig config) {
        dir = DataDirectory.open(root);
        await(DatabaseManager.class).open(config == null ? dir.defaultDatabase() : config);
        CountyProfile danfeng = CountyProfile.require("danfeng");
        await(DemoDataService.class).load(List.of(danfeng), danfeng, "admin-pass-1".toCharArray());
        registration = FrameworkUtil.getBundle(TrainingEnvironment.class).getBundleContext()
                .registerService(DataDirectory.class, dir, null); // as the app and the CLI do: certificates go there
    }

    static <T> T await(Class<T> type) {
        T s = ServiceLookup.await(TrainingEnvironment.class, type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return s;
    }

    TrainingService training() {
        return await(TrainingService.class);
    }

    Subject login(String user) throws Exception {
        return await(UserService.class).authenticate(user,
                (user.equals("admin") ? "admin-pass-1" : DemoDataService.DEMO_PASSWORD).toCharArray());
    }

    @Override
    public void close() {
        registration.unregister();
        await(DatabaseManager.class).close();
        dir.close();
    }
}
