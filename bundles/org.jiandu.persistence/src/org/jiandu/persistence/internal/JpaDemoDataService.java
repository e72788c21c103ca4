package org.jiandu.persistence.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.SetupService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.DemoDataGenerator;
import org.jiandu.core.demo.DemoDataSet;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.City;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;

@Component(service = DemoDataService.class)
public class JpaDemoDataService implements DemoDataService {

    private static final int FLUSH_EVERY = 500;

    @Reference
    Database db;

    @Reference
    OrgService orgs;

    /**
     * Modules' demo data, loaded after the jurisdiction; a module that fails is logged, the rest go on. Bound without
     * being started: {@link #resume} at every start of a demo installation reads their {@link ModuleDemoData#MODULE}.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<ComponentServiceObjects<ModuleDemoData>> modules;

    @Override
    public boolean isEmpty() {
        return db.read(em -> em.createQuery("select count(o) from OrgNode o", Long.class).getSingleResult() == 0);
    }

    @Override
    public OrgStats load(List<CountyProfile> counties, CountyProfile homeCounty, char[] adminPassword,
            boolean benchmark) {
        // each user its own salt and hash (one shared hash would give away all five at once); the slow hashes are
        // made on the other core while the jurisdiction is generated
        CompletableFuture<Map<String, String>> hashes = DemoUserHashes.start(adminPassword);
        DemoDataSet set = new DemoDataGenerator().generate(counties, null);
        Map<String, String> hash = DemoUserHashes.await(hashes);
        db.txRun(em -> {
            JpaSetupService.refuseUnlessEmpty(em);
            int n = 0;
            for (Object o : set.inPersistOrder()) {
                em.persist(o);
                if (++n % FLUSH_EVERY == 0) {
                    em.flush();
                }
            }
            em.flush();
            City city = (City) DemoDataGenerator.find(set, CountyProfile.CITY_CODE);
            OrgNode county = DemoDataGenerator.find(set, homeCounty.id());
            OrgNode township = DemoDataGenerator.find(set, homeCounty.id() + "-t01");
            persistUser(em, "admin", "系统管理员", Role.ADMINISTRATOR, city, hash.get("admin"));
            persistUser(em, "county", homeCounty.commissionZh(), Role.COUNTY_COMMISSION, county, hash.get("county"));
            persistUser(em, "township", township.getName() + "纪委", Role.TOWNSHIP_COMMISSION, township, hash.get("township"));
            persistUser(em, "trainer", homeCounty.nameZh() + "培训专员", Role.TRAINER, county, hash.get("trainer"));
            persistUser(em, "investigator", homeCounty.nameZh() + "审查调查室", Role.INVESTIGATOR, county, hash.get("investigator"));
            persistUser(em, "viewer", homeCounty.nameZh() + "只读用户", Role.READ_ONLY, county, hash.get("viewer"));
            em.persist(new InstallationRow(benchmark ? SetupService.State.BENCHMARK : SetupService.State.DEMO,
                    homeCounty.id()));
            JpaAuditLog.appendIn(em, "system", AuditLog.CHANGE, "demo-data",
                    "loaded " + counties.stream().map(CountyProfile::id).toList() + ", " + set.nodes.size()
                            + " organisations, " + set.cadres.size() + " cadres; home county " + homeCounty.id());
        });
        loadModules(counties, loadedModules(), false);
        Subject system = Subject.system("/" + CountyProfile.CITY_CODE + "/");
        return orgs.stats(system, null);
    }

    /** Each module's share that is not loaded yet; a module that fails is logged, the rest go on. */
    private List<String> loadModules(List<CountyProfile> counties, Set<String> done, boolean resuming) {
        Subject system = Subject.system("/" + CountyProfile.CITY_CODE + "/");
        List<String> loaded = new ArrayList<>();
        for (ComponentServiceObjects<ModuleDemoData> objects : present()) {
            String named = named(objects);
            if (named != null && done.contains(named)) {
                continue; // loaded: the module is not started
            }
            ModuleDemoData m = started(objects);
            if (m == null) {
                continue; // gone meanwhile
            }
            try {
                String id = m.id();
                if (named != null && !named.equals(id)) {
                    throw new IllegalStateException("its service property " + ModuleDemoData.MODULE + " says " + named
                            + ", its id() " + id);
                }
                if (id != null ? done.contains(id) : resuming) {
                    continue; // loaded, or a module without a marker, which is never loaded twice
                }
                m.load(system, counties);
                loaded.add(id != null ? id : m.getClass().getName());
            } catch (RuntimeException e) {
                Logger.getLogger(JpaDemoDataService.class.getName()).log(Level.WARNING,
                        "demo data of " + m.getClass().getName() + " not loaded: " + e.getMessage(), e);
            } finally {
                release(objects, m);
            }
        }
        return loaded;
    }

    private List<ComponentServiceObjects<ModuleDemoData>> present() {
        List<ComponentServiceObjects<ModuleDemoData>> m = modules;
        return m == null ? List.of() : m;
    }

    /** The module's id as its service property gives it, without starting it; null when it gives none or is gone. */
    private static String named(ComponentServiceObjects<ModuleDemoData> objects) {
        ServiceReference<ModuleDemoData> ref = objects.getServiceReference(); // null once the module is unbound
        return ref != null && ref.getProperty(ModuleDemoData.MODULE) instanceof String s ? s : null;
    }

    /** The module started, or null when it went away meanwhile (its bundle stopped, or this component did). */
    private static ModuleDemoData started(ComponentServiceObjects<ModuleDemoData> objects) {
        try {
            return objects.getServiceReference() == null ? null : objects.getService();
        } catch (IllegalStateException gone) {
            return null;
        }
    }

    private static void release(ComponentServiceObjects<ModuleDemoData> objects, ModuleDemoData m) {
        try {
            objects.ungetService(m);
        } catch (IllegalStateException | IllegalArgumentException gone) {
            // unbound meanwhile: SCR has let it go already; must not hide the load's own outcome
        }
    }

    /** Modules whose demo data committed: each wrote its marker entry in the same transaction as its rows. */
    private Set<String> loadedModules() {
        List<String> targets = db.read(em -> em.createQuery(
                "select e.target from AuditEntry e where e.target like :prefix", String.class)
                .setParameter("prefix", ModuleDemoData.TARGET_PREFIX + "%").getResultList());
        Set<String> ids = new HashSet<>();
        targets.forEach(t -> ids.add(t.substring(ModuleDemoData.TARGET_PREFIX.length())));
        return ids;
    }

    @Override
    public List<String> resume() {
        SetupService.State kind = db.read(em -> {
            InstallationRow row = em.find(InstallationRow.class, InstallationRow.ID);
            return row == null ? null : row.kind();
        });
        if (kind == null || !kind.isDemo()) {
            return List.of();
        }
        Set<String> done = loadedModules(); // one query, at every start of a demo installation
        if (present().stream().allMatch(m -> loaded(m, done))) {
            return List.of();
        }
        // the counties loaded are the county nodes the jurisdiction transaction committed
        Set<String> codes = new HashSet<>(db.read(em -> em.createQuery(
                "select c.code from County c", String.class).getResultList()));
        List<CountyProfile> counties = CountyProfile.ALL.stream().filter(c -> codes.contains(c.id())).toList();
        return loadModules(counties, done, true);
    }

    /**
     * Whether a module needs no load now: one that names itself is asked nothing more (loaded when its name is in
     * {@code done}); one that does not is started to ask its id.
     */
    private static boolean loaded(ComponentServiceObjects<ModuleDemoData> objects, Set<String> done) {
        String named = named(objects);
        return named != null ? done.contains(named) : loadedOrUnmarked(objects, done);
    }

    private static boolean loadedOrUnmarked(ComponentServiceObjects<ModuleDemoData> objects, Set<String> done) {
        ModuleDemoData m = started(objects);
        if (m == null) {
            return true; // gone: nothing to load
        }
        try {
            return m.id() == null || done.contains(m.id());
        } finally {
            release(objects, m);
        }
    }

    private static void persistUser(EntityManager em, String name, String display, Role role, OrgNode scope,
            String hash) {
        em.persist(new AppUser(name, display, role, scope, hash));
    }
}
