package org.jiandu.search.tests;

import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.search.SearchService;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** A real installation for a test: locked data directory, H2 database with Danfeng demo data, search service. */
final class SearchEnvironment implements AutoCloseable {

    final DataDirectory dir;
    private final ServiceRegistration<DataDirectory> registration;

    SearchEnvironment(Path root) {
        dir = DataDirectory.open(root);
        await(DatabaseManager.class).open(dir.defaultDatabase());
        CountyProfile danfeng = CountyProfile.require("danfeng");
        await(DemoDataService.class).load(List.of(danfeng), danfeng, "admin-pass-1".toCharArray());
        registration = FrameworkUtil.getBundle(SearchEnvironment.class).getBundleContext()
                .registerService(DataDirectory.class, dir, null);
    }

    static <T> T await(Class<T> type) {
        T s = ServiceLookup.await(SearchEnvironment.class, type, 10_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return s;
    }

    SearchService search() {
        return await(SearchService.class);
    }

    Subject login(String user) throws Exception {
        return await(UserService.class).authenticate(user,
                (user.equals("admin") ? "admin-pass-1" : DemoDataService.DEMO_PASSWORD).toCharArray());
    }

    @Override
    public void close() {
        registration.unregister(); // deactivates the search service, which closes its index
        await(DatabaseManager.class).close();
        dir.close();
    }
}
