package org.jiandu.update.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.BackupService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.update.Available;
import org.jiandu.update.Change;
import org.jiandu.update.Installed;
import org.jiandu.update.Repositories;
import org.jiandu.update.UpdateService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Updates through the p2 engine of the running installation ("self" profile, which the build's director wrote and
 * p2 moves with the folder it was unpacked into). A module is the feature {@code org.jiandu.MODULE.feature}; the
 * build installs each as a root of the profile, so a module can be added or removed on its own.
 */
@Component(service = UpdateService.class)
public class P2UpdateService implements UpdateService {

    private static final Pattern MODULE = Pattern.compile("org\\.jiandu\\.([a-z]+)\\.feature\\.feature\\.group");
    /** The build's own update location (county-builds.properties: ID.updates), a property of its config.ini. */
    private static final String BUILD_LOCATION = "jiandu.update.location";
    /** Features of every build, not modules: they are never added or removed. */
    private static final Set<String> NOT_MODULES = Set.of("core", "runtime");

    // Present once a data directory is open (the commands that change the installation open one); reading what is
    // installed or offered needs neither.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BackupService backups;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public Installed installed() {
        IProfile profile = profile();
        IInstallableUnit product = first(profile, QueryUtil.createIUProductQuery());
        return new Installed(product == null ? "?" : product.getId(),
                product == null ? "?" : product.getProperty(IInstallableUnit.PROP_NAME, null),
                product == null ? "?" : product.getVersion().toString(), modules(profile), titles(profile), installFolder(profile));
    }

    @Override
    public Optional<URI> location() {
        return UpdateLocation.read(installFolder(profile()), context.getProperty(BUILD_LOCATION));
    }

    @Override
    public void setLocation(Subject subject, URI location) {
        requireAdministrator(subject);
        Repositories.secure(location);
        Path folder = requireWritable(installFolder(profile()));
        UpdateLocation.write(folder, location);
        opened(audit).append(subject, AuditLog.CHANGE, "installation:update-location", location.toString());
    }

    @Override
    public Available check(URI from, Progress progress) {
        Installed now = installed();
        try (SignedMetadata metadata = SignedMetadata.copy(Repositories.secure(from), UpdateTrust.of(now.folder()))) {
            IMetadataRepository repo = load(from, metadata, progress);
            IInstallableUnit newest = first(repo, QueryUtil.createLatestQuery(QueryUtil.createIUQuery(now.product())));
            String version = newest != null && isNewer(newest, profile()) ? newest.getVersion().toString() : null;
            List<String> offered = new ArrayList<>(modules(repo));
            offered.removeAll(now.modules());
            return new Available(from, version, offered, titles(repo));
        }
    }

    @Override
    public synchronized Change change(Subject subject, URI from, boolean update, List<String> add, List<String> remove,
            Progress progress) {
        requireAdministrator(subject);
        Installed before = installed();
        requireWritable(before.folder());
        List<String> adding = add.stream().map(P2UpdateService::moduleName).distinct().toList();
        List<String> removing = remove.stream().map(P2UpdateService::moduleName).distinct().toList();
        for (String m : adding) {
            if (before.modules().contains(m)) {
                throw new IllegalStateException(NLS.bind(UpdateMessages.already_installed, m));
            }
        }
        IProfile profile = profile();
        IPlanner planner = agent().getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        // what comes from a repository must be signed by a key of the installation's: known before anything is read,
        // and its metadata is read only from a checked copy (SignedMetadata says why)
        UpdateTrust trust = from == null ? null : UpdateTrust.of(before.folder());
        try (SignedMetadata metadata = from == null ? null : SignedMetadata.copy(Repositories.secure(from), trust)) {
            IMetadataRepository repo = metadata == null ? null : load(from, metadata, progress);
            if (update && repo != null) {
                int replaced = 0;
                for (IInstallableUnit root : profile.query(new UserVisibleRootQuery(), new NullProgressMonitor())) {
                    if (removing.contains(moduleOf(root.getId()))) {
                        continue;
                    }
                    IInstallableUnit newest = first(repo, QueryUtil.createLatestQuery(QueryUtil.createIUQuery(root.getId())));
                    if (newest != null && newest.getVersion().compareTo(root.getVersion()) > 0) {
                        request.remove(root);
                        addRoot(request, newest);
                        replaced++;
                    }
                }
                if (replaced == 0 && adding.isEmpty() && removing.isEmpty()) {
                    throw new IllegalStateException(NLS.bind(UpdateMessages.up_to_date, before.version(), from));
                }
            }
            for (String m : adding) {
                IInstallableUnit feature = repo == null ? null
                        : first(repo, QueryUtil.createLatestQuery(QueryUtil.createIUQuery(featureGroup(m))));
                if (feature == null) {
                    throw new IllegalStateException(NLS.bind(UpdateMessages.not_in_repository,
                            new Object[] { m, from, repo == null ? "" : String.join(", ", modules(repo)) }));
                }
                // an older signed repository offered again must not bring in a module older than this installation
                if (olderThan(feature, before.version())) {
                    throw new IllegalStateException(NLS.bind(UpdateMessages.older_module,
                            new Object[] { m, feature.getVersion(), before.version(), from }));
                }
                addRoot(request, feature);
            }
            for (String m : removing) {
                IInstallableUnit feature = first(profile, QueryUtil.createIUQuery(featureGroup(m)));
                if (feature == null) {
                    throw new IllegalStateException(NLS.bind(UpdateMessages.not_installed, m, String.join(", ", before.modules())));
                }
                request.remove(feature);
            }
            ProvisioningContext context = scope(from, metadata);
            IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor(progress));
            if (plan == null || plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
                throw new IllegalStateException(NLS.bind(UpdateMessages.cannot_resolve,
                        plan == null ? "" : P2Status.explain(plan.getStatus())));
            }
            AuditLog log = opened(audit);
            BackupInfo backup = opened(backups).backupBeforeUpdate(progress);
            IStatus done = perform(plan, context, trust, progress);
            if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
                String refusal = trust == null ? null : trust.refusal();
                throw new IllegalStateException(refusal != null
                        ? NLS.bind(UpdateMessages.untrusted, new Object[] { before.version(), refusal,
                                trust.file(), trust.trustedKeys() })
                        : NLS.bind(UpdateMessages.failed, before.version(), P2Status.explain(done)));
            }
            Installed after = installed();
            log.append(subject, AuditLog.CHANGE, "installation:" + before.product(), before.version() + " " + before.modules()
                    + " -> " + after.version() + " " + after.modules() + (from == null ? "" : " from " + from));
            return new Change(before, after, backup == null ? null : backup.folder());
        }
    }

    /**
     * The plan carried out with {@code trust} answering p2's questions on trust (its CheckTrust phase, after the
     * download, before anything is installed). Without an answerer p2 would take anything, signed or not. The agent is
     * the process's one, hence {@code change} is synchronized.
     */
    private IStatus perform(IProvisioningPlan plan, ProvisioningContext context, UpdateTrust trust, Progress progress) {
        IProvisioningAgent agent = agent();
        Object before = agent.getService(UIServices.SERVICE_NAME);
        if (trust != null) {
            agent.registerService(UIServices.SERVICE_NAME, trust);
        }
        try {
            return new ProvisioningSession(agent).performProvisioningPlan(plan, null, context, monitor(progress));
        } finally {
            if (trust != null) {
                agent.unregisterService(UIServices.SERVICE_NAME, trust);
                if (before != null) {
                    agent.registerService(UIServices.SERVICE_NAME, before);
                }
            }
        }
    }

    /** A unit installed as a root of the profile, as the build's director installs a product and its modules. */
    private static void addRoot(IProfileChangeRequest request, IInstallableUnit iu) {
        request.add(iu);
        request.setInstallableUnitProfileProperty(iu, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
        request.setInstallableUnitInclusionRules(iu, ProfileInclusionRules.createStrictInclusionRule(iu));
    }

    private static String moduleOf(String id) {
        Matcher m = MODULE.matcher(id);
        return m.matches() ? m.group(1) : null;
    }

    /** Whether {@code iu} is older than the installed version (false when that is not a version: "?"). */
    private static boolean olderThan(IInstallableUnit iu, String installed) {
        try {
            return iu.getVersion().compareTo(Version.create(installed)) < 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isNewer(IInstallableUnit candidate, IProfile profile) {
        IInstallableUnit installed = first(profile, QueryUtil.createIUQuery(candidate.getId()));
        return installed == null || candidate.getVersion().compareTo(installed.getVersion()) > 0;
    }

    /**
     * Only {@code from}'s checked metadata and its artifacts (none when modules are only removed): never a repository
     * p2 remembers from before.
     */
    private ProvisioningContext scope(URI from, SignedMetadata metadata) {
        ProvisioningContext ctx = new ProvisioningContext(agent());
        ctx.setMetadataRepositories(metadata == null ? new URI[0] : new URI[] { metadata.location() });
        ctx.setArtifactRepositories(from == null ? new URI[0] : new URI[] { from });
        ctx.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
        return ctx;
    }

    /** {@code from}'s metadata, from its checked copy, which p2 forgets again when the copy is closed. */
    private IMetadataRepository load(URI from, SignedMetadata metadata, Progress progress) {
        IMetadataRepositoryManager manager = agent().getService(IMetadataRepositoryManager.class);
        metadata.onClose(() -> manager.removeRepository(metadata.location()));
        try {
            return manager.loadRepository(metadata.location(), monitor(progress));
        } catch (ProvisionException e) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.no_repository, from, P2Status.explain(e.getStatus())), e);
        }
    }

    private static List<String> modules(IQueryable<IInstallableUnit> where) {
        Set<String> names = new TreeSet<>();
        for (IInstallableUnit iu : where.query(QueryUtil.createIUGroupQuery(), new NullProgressMonitor())) {
            Matcher m = MODULE.matcher(iu.getId());
            if (m.matches() && !NOT_MODULES.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    /**
     * Each module's name in the user's language, as its feature gives it ({@code feature_zh.properties}), so that a
     * module added to the repository later is named without a change here; a feature that names none shows its id.
     */
    private static Map<String, String> titles(IQueryable<IInstallableUnit> where) {
        Map<String, String> titles = new TreeMap<>();
        String locale = Locale.getDefault().toString();
        for (IInstallableUnit iu : where.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()),
                new NullProgressMonitor())) {
            String module = moduleOf(iu.getId());
            if (module != null && !NOT_MODULES.contains(module)) {
                // a repository is not trusted to print into a terminal: no control characters, one short line
                String title = iu.getProperty(IInstallableUnit.PROP_NAME, locale);
                title = title == null ? "" : title.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
                titles.put(module, title.isEmpty() || title.startsWith("%") || title.length() > 60 ? module : title);
            }
        }
        return Map.copyOf(titles);
    }

    private static String moduleName(String module) {
        String name = module == null ? "" : module.strip();
        if (!name.matches("[a-z]+") || NOT_MODULES.contains(name)) {
            throw new IllegalArgumentException(NLS.bind(UpdateMessages.not_a_module, module));
        }
        return name;
    }

    private static String featureGroup(String module) {
        return "org.jiandu." + module + ".feature.feature.group";
    }

    private static IInstallableUnit first(IQueryable<IInstallableUnit> where,
            IQuery<IInstallableUnit> query) {
        Collection<IInstallableUnit> all = where.query(query, new NullProgressMonitor()).toUnmodifiableSet();
        return all.stream().max((a, b) -> a.getVersion().compareTo(b.getVersion())).orElse(null);
    }

    private static <T> T opened(T service) {
        if (service == null) {
            throw new IllegalStateException(UpdateMessages.needs_data);
        }
        return service;
    }

    private static void requireAdministrator(Subject subject) {
        if (subject == null || subject.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException(UpdateMessages.denied);
        }
    }

    private static Path requireWritable(Path folder) {
        if (!Files.isWritable(folder) || !Files.isWritable(folder.resolve("plugins"))
                || !Files.isWritable(folder.resolve("p2"))) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.not_writable, folder));
        }
        return folder;
    }

    private static Path installFolder(IProfile profile) {
        String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
        return Path.of(folder == null ? "." : folder).toAbsolutePath().normalize();
    }

    private IProfile profile() {
        IProfile self = agent().getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
        if (self == null) {
            throw new IllegalStateException(UpdateMessages.not_p2);
        }
        return self;
    }

    private static IProgressMonitor monitor(Progress progress) {
        return new MonitorProgress(progress == null ? Progress.NONE : progress);
    }

    /**
     * The p2 agent of the running installation, which p2's core bundle creates from {@code eclipse.p2.data.area}
     * when it starts (it starts lazily, on the first class loaded from it: this class loads several).
     */
    private IProvisioningAgent agent() {
        try {
            Collection<ServiceReference<IProvisioningAgent>> refs = context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            for (ServiceReference<IProvisioningAgent> ref : refs) {
                IProvisioningAgent agent = context.getService(ref);
                if (agent != null) {
                    return agent;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException(UpdateMessages.not_p2);
    }
}
