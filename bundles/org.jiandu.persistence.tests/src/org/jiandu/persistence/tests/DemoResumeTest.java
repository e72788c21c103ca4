package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.SetupService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * A demo load cut short (the review killed the process while the modules' demo data loaded, and demo-data then
 * refused for good) is resumed module by module: a module's rows and its marker entry commit together.
 */
class DemoResumeTest {

    private static final CountyProfile DANFENG = CountyProfile.require("danfeng");

    @TempDir
    Path dir;

    private ServiceRegistration<ModuleDemoData> registration;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void cleanUp() {
        if (registration != null) {
            registration.unregister();
        }
        Services.get(DatabaseManager.class).close();
    }

    /** A module whose first load dies half-way (its transaction never commits), as a killed process would. */
    static final class Probe implements ModuleDemoData {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String id() {
            return "probe";
        }

        @Override
        public void load(Subject system, List<CountyProfile> counties) {
            int call = calls.incrementAndGet();
            Services.get(Database.class).txRun(em -> {
                Services.get(AuditLog.class).append(em, "system", AuditLog.CHANGE, TARGET_PREFIX + id(),
                        counties.size() + " counties");
                if (call == 1) {
                    throw new IllegalStateException("killed half-way");
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLoadCutShortIsResumedModuleByModuleAndOnlyOnce(String kind) throws Exception {
        Probe probe = new Probe();
        registration = FrameworkUtil.getBundle(DemoResumeTest.class).getBundleContext()
                .registerService(ModuleDemoData.class, probe, null);
        Services.get(DatabaseManager.class).open(TestDatabases.fresh(kind, dir));
        DemoDataService demo = Services.get(DemoDataService.class);
        demo.load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray());
        assertEquals(SetupService.State.DEMO, Services.get(SetupService.class).state());
        assertEquals(1, probe.calls.get());

        assertEquals(List.of("probe"), demo.resume(), "the module whose load died is loaded again");
        assertEquals(2, probe.calls.get());
        assertEquals(List.of(), demo.resume(), "nothing is missing any more");
        assertEquals(2, probe.calls.get());
        assertTrue(Services.get(AuditLog.class).verify().intact());
    }

    /** A module that names itself in its service property; counts how often it is started and whether it is held. */
    static final class Named implements ModuleDemoData, ServiceFactory<ModuleDemoData> {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger held = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public String id() {
            return "named";
        }

        @Override
        public void load(Subject system, List<CountyProfile> counties) {
            loads.incrementAndGet();
            Services.get(Database.class).txRun(em -> Services.get(AuditLog.class).append(em, "system", AuditLog.CHANGE,
                    TARGET_PREFIX + id(), counties.size() + " counties"));
        }

        @Override
        public ModuleDemoData getService(Bundle bundle, ServiceRegistration<ModuleDemoData> registration) {
            started.incrementAndGet();
            held.incrementAndGet();
            return this;
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<ModuleDemoData> registration, ModuleDemoData service) {
            held.decrementAndGet();
        }
    }

    /** {@code module} registered under the service property {@code property}, then the demo data loaded. */
    private DemoDataService loadWith(Named module, String property, String kind) throws Exception {
        registration = FrameworkUtil.getBundle(DemoResumeTest.class).getBundleContext().registerService(
                ModuleDemoData.class, (ServiceFactory<ModuleDemoData>) module,
                FrameworkUtil.asDictionary(Map.of(ModuleDemoData.MODULE, property)));
        Services.get(DatabaseManager.class).open(TestDatabases.fresh(kind, dir));
        DemoDataService demo = Services.get(DemoDataService.class);
        demo.load(List.of(DANFENG), DANFENG, "admin-pass-1".toCharArray());
        return demo;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStartAsksAModuleThatNamesItselfNothing(String kind) throws Exception {
        Named named = new Named();
        DemoDataService demo = loadWith(named, "named", kind);
        assertEquals(1, named.started.get(), "started once to load its demo data");
        assertEquals(0, named.held.get(), "let go once loaded: a bound module is not kept started");

        assertEquals(SetupService.State.DEMO, Services.get(SetupService.class).state());
        assertEquals(1, named.loads.get());

        assertEquals(List.of(), demo.resume());
        assertEquals(1, named.started.get(), "the start found its demo data loaded without starting it");
        assertEquals(0, named.held.get());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aModuleWhosePropertyIsNotItsIdIsNotLoaded(String kind) throws Exception {
        Named named = new Named();
        DemoDataService demo = loadWith(named, "elsewhere", kind);
        assertEquals(SetupService.State.DEMO, Services.get(SetupService.class).state());
        assertEquals(0, named.loads.get(), "a property that is not its id() would mark the wrong module as loaded");
        assertEquals(List.of(), demo.resume(), "asked again at every start, and refused again");
        assertEquals(0, named.loads.get());
        assertEquals(0, named.held.get());
    }
}
