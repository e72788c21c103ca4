package org.jiandu.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.Session;
import org.jiandu.core.Progress;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.BeforeMigration;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.OwnerOnly;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManagerFactory;

@Component(service = DatabaseManager.class)
public class JpaDatabaseManager implements DatabaseManager {

    static final String UNIT = "jiandu";

    private BundleContext context;

    /** The backup bundle's: a backup before a changed schema is applied to an embedded database. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BeforeMigration beforeMigration;
    private DatabaseImpl open;
    private ServiceRegistration<Database> registration;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
    }

    @Deactivate
    void deactivate() {
        close();
    }

    @Override
    public synchronized Database open(DatabaseConfig config, Progress progress) {
        close();
        String product;
        EntityManagerFactory emf;
        // H2 closes an embedded database with its last connection, compacting it, and the next connection reads the
        // whole schema again: held from the migration until the unit has connections of its own, the database is
        // opened once per start instead of twice
        BeforeMigration.Audited backedUp = null;
        if (config.h2File() != null && !Files.exists(DatabaseConfig.h2DataFile(config.h2File()))) {
            refuseEmptied(config, null); // before connecting, which would make an empty file
        }
        // EclipseLink reads the unit's mappings while the database opens and is migrated: neither needs the other
        Predeploy predeploy = Predeploy.start(UNIT, getClass().getClassLoader(), config);
        try (Connection held = config.isPostgres() ? null : Jdbc.connect(config)) {
            if (held != null) {
                refuseEmptied(config, held);
            }
            Map<String, ClassLoader> changed = held == null || beforeMigration == null ? Map.of()
                    : ChangelogDigests.changed(held, changelogs());
            if (!changed.isEmpty()) {
                backedUp = backUpBeforeMigration(held, config, List.copyOf(changed.keySet()), progress);
            }
            product = migrate(config, getClass().getClassLoader(), Migrations.CHANGELOG, "the current schema");
            // the modules' changed schemas now too, behind the same backup: left to each module's first use, a start
            // that does not use it would find it changed again and back up again
            changed.forEach((changelog, loader) -> {
                if (!changelog.equals(Migrations.CHANGELOG)) {
                    migrate(config, loader, changelog, "the schema of " + changelog);
                }
            });
            emf = deploy(predeploy.await(), config);
        } catch (SQLException e) {
            predeploy.discard();
            throw describe(config, e);
        } catch (RuntimeException | Error e) {
            predeploy.discard();
            throw e;
        }
        open = new DatabaseImpl(emf, config, product, (unit, loader, changelog) -> {
            migrate(config, loader, changelog, "the schema of " + unit);
            return createEmf(unit, new ModuleClassLoader(loader, JpaDatabaseManager.class.getClassLoader()), config);
        });
        keepPrivate(config);
        if (context != null) {
            registration = context.registerService(Database.class, open, null);
        }
        if (backedUp != null) {
            auditBackup(backedUp);
        }
        return open;
    }

    /**
     * H2 opens a file that was cut short (a copy interrupted, a full disk) at its last whole state, which may be the
     * empty database it once was, and makes a new one where the file is missing: the start then migrated it, found it
     * not set up and offered a new setup over the installation's remains. A data directory whose audit checkpoint
     * ({@code audit.anchor}) has seen entries, with a database file that is missing ({@code held} null) or holds no
     * audit log, is refused before anything is written. (A database that ends before the checkpoint but holds a log
     * opens, and {@code jiandu audit verify} names the entries missing.)
     */
    private static void refuseEmptied(DatabaseConfig config, Connection held) {
        Path dir = config.keys();
        if (dir == null || !Files.exists(dir.resolve(AuditKeys.ANCHOR_FILE))) {
            return;
        }
        AuditKeys.Anchor anchor;
        try {
            anchor = AuditKeys.of(config).anchor();
        } catch (RuntimeException unreadable) {
            return; // said by the audit log's own checks, which name the file
        }
        if (anchor == null || anchor.seq() <= 0 || (held != null && JpaAuditLog.lastEntry(held) > 0)) {
            return;
        }
        String why = (held == null ? "it is missing" : "it holds no audit log: it was cut short or replaced, and H2 opened"
                + " an earlier, empty state of it") + ", while this data directory's checkpoint " + AuditKeys.ANCHOR_FILE
                + " has seen " + anchor.seq() + " entries; nothing was changed";
        throw new DatabaseException(DatabaseException.Reason.DAMAGED, config.safeUrl(), why,
                "The database file " + config.safeUrl() + " cannot be used: " + why + ". Restore it from the backups/ folder"
                        + " of the data directory (jiandu restore); an installation that was never used can begin again in"
                        + " a new, empty data directory.", null);
    }

    /**
     * A backup before a changed schema is applied to a database that holds data, while nothing has changed it: every
     * changelog present (the core's and the installed modules') was compared with the one the database was last
     * brought up to, so one backup covers this start's migrations.
     */
    private BeforeMigration.Audited backUpBeforeMigration(Connection held, DatabaseConfig config, List<String> changed,
            Progress progress) {
        BeforeMigration hook = beforeMigration;
        if (hook == null) {
            return null; // the backup bundle went away meanwhile
        }
        try {
            return hook.beforeMigration(held, config, changed, progress);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.MIGRATION, config.safeUrl(), e.getMessage(),
                    "No backup could be made before the database " + config.safeUrl() + " is brought to a changed schema: "
                            + e.getMessage(), e);
        }
    }

    /** The backup's audit entry, written as soon as the log (in the database) may be. */
    private void auditBackup(BeforeMigration.Audited backedUp) {
        if (context == null) {
            return;
        }
        AuditLog log = ServiceLookup.await(JpaDatabaseManager.class, AuditLog.class, 10_000);
        try {
            if (log == null) {
                throw new IllegalStateException("no audit log service");
            }
            log.append(Subject.SYSTEM, backedUp.action(), backedUp.target(), backedUp.detail());
        } catch (RuntimeException e) {
            // the backup exists and the database is open: a start is not refused for it, but it is said
            // (names of backups and changelogs only: which backup stands for the migration stays on record)
            System.getLogger(JpaDatabaseManager.class.getName()).log(System.Logger.Level.WARNING, backedUp.target()
                    + " (before a migration: " + backedUp.detail() + ") not audited: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Every changelog this runtime has: the core's and each installed bundle's {@code db/<module>/changelog.yaml}. Only
     * bundles wired to this one are searched: a module's schema is applied through {@link Database#unit}, so a bundle
     * that neither imports this package nor requires this bundle has none, and opening every jar of the runtime to
     * look took longer than the rest of the check.
     */
    private Map<String, ClassLoader> changelogs() {
        Map<String, ClassLoader> logs = new LinkedHashMap<>();
        logs.put(Migrations.CHANGELOG, getClass().getClassLoader());
        if (context != null) {
            for (org.osgi.framework.Bundle b : context.getBundles()) {
                BundleWiring wiring = b.adapt(BundleWiring.class);
                if (wiring == null || !importsThis(wiring)) {
                    continue;
                }
                Enumeration<URL> found = b.findEntries("db", "changelog.yaml", true);
                while (found != null && found.hasMoreElements()) {
                    String path = found.nextElement().getPath().replaceFirst("^/", "");
                    logs.putIfAbsent(path, wiring.getClassLoader());
                }
            }
        }
        return logs;
    }

    private boolean importsThis(BundleWiring wiring) {
        for (BundleWire wire : wiring.getRequiredWires(null)) { // its packages, or the bundle (Require-Bundle)
            if (wire.getProvider().getBundle().equals(context.getBundle())) {
                return true;
            }
        }
        return false;
    }

    /** The embedded database's files, just created with the process umask, for this OS account only. */
    private static void keepPrivate(DatabaseConfig config) {
        Path file = config.h2File();
        if (file == null || file.getParent() == null) {
            return;
        }
        String name = file.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().startsWith(name)) {
                    OwnerOnly.tighten(p);
                }
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.OTHER, config.safeUrl(), e.getMessage(),
                    "Cannot make the database files of " + config.safeUrl() + " private to this account: "
                            + e.getMessage(), e);
        }
    }

    /**
     * A module's classes and resources (its persistence.xml) first; EclipseLink's own classes that it loads by name
     * through the unit's loader (the logger, for one) from this bundle, which imports them. Resources come only
     * from the module, so the core unit's persistence.xml is not seen twice.
     */
    private static final class ModuleClassLoader extends ClassLoader {
        private final ClassLoader fallback;

        ModuleClassLoader(ClassLoader module, ClassLoader fallback) {
            super(module);
            this.fallback = fallback;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return fallback.loadClass(name);
        }
    }

    /**
     * The administrator step on a server: the core's and every installed module's changelog (a bundle's
     * {@code db/<module>/changelog.yaml}) applied as the schema's owner, then the workbench's account granted what it
     * needs and no more.
     */
    @Override
    public synchronized Path migrate(DatabaseConfig owner, String appRole, Path dumpFolder, Progress progress) {
        Map<String, ClassLoader> changelogs = changelogs();
        Path dump = dumpFolder != null && owner.isPostgres()
                ? ServerMigrationDump.before(owner, changelogs, dumpFolder, progress) : null;
        try {
            changelogs.forEach((changelog, loader) -> migrate(owner, loader, changelog,
                    changelog.equals(Migrations.CHANGELOG) ? "the current schema" : "the schema of " + changelog));
            if (appRole != null && owner.isPostgres()) {
                try (Connection c = Jdbc.connect(owner)) {
                    AppAccountGrants.grant(c, appRole);
                } catch (SQLException e) {
                    throw describe(owner, e);
                }
            }
        } catch (DatabaseException e) {
            if (dump == null) {
                throw e;
            }
            // the administrator's way back: name the dump where they read why the migration failed
            throw new DatabaseException(e.reason(), e.database(), e.detail(), e.getMessage() + " "
                    + NLS.bind(BackupMessages.migrate_failed_after_dump, dump), e);
        }
        return dump;
    }

    @Override
    public AuditLog.VerifyResult verifyAudit(DatabaseConfig config) {
        try (Connection c = Jdbc.connect(config)) {
            return JpaAuditLog.verifyCopy(c, AuditKeys.of(config));
        } catch (SQLException e) {
            throw describe(config, e);
        }
    }

    @Override
    public String probe(DatabaseConfig config) {
        try (Connection c = Jdbc.connect(config)) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw describe(config, e);
        }
    }

    /**
     * Applies a changelog and returns the database's product name and version. An account that may not change the
     * schema (the workbench's own account on a server) only checks that nothing is left to apply.
     */
    private static String migrate(DatabaseConfig config, ClassLoader loader, String changelog, String schema) {
        try (Connection c = Jdbc.connect(config)) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            if (config.isPostgres() && !AppAccountGrants.mayChangeSchema(c)) {
                List<String> missing = Migrations.unrun(c, loader, changelog);
                if (!missing.isEmpty()) {
                    throw schemaBehind(config, c, changelog, missing.size());
                }
                return product;
            }
            String digest = ChangelogDigests.of(loader, changelog);
            if (!ChangelogDigests.applied(c, changelog, digest)) {
                Migrations.migrate(c, loader, changelog);
                ChangelogDigests.record(c, changelog, digest);
            }
            return product;
        } catch (DatabaseException e) {
            throw e;
        } catch (SQLException e) {
            throw describe(config, e);
        } catch (Exception e) {
            throw new DatabaseException(DatabaseException.Reason.MIGRATION, config.safeUrl(), firstLine(rootMessage(e)),
                    "Cannot bring the database " + config.safeUrl() + " to " + schema + ": " + rootMessage(e), e);
        }
    }

    /** A unit over the configured database; logs in at once, so a bad configuration fails here and not later. */
    private static EntityManagerFactory createEmf(String unit, ClassLoader loader, DatabaseConfig config) {
        return deploy(predeploy(unit, loader, config), config);
    }

    /** The unit's mappings read (EclipseLink's predeploy); touches no database. */
    static EntityManagerFactory predeploy(String unit, ClassLoader loader, DatabaseConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.CLASSLOADER, loader);
        props.put(PersistenceUnitProperties.JDBC_DRIVER, Jdbc.driverClass(config));
        props.put(PersistenceUnitProperties.JDBC_URL, config.url());
        // EclipseLink names its session, and so every line it logs, after the unit, URL and user unless told a name:
        // the same name with any password of the URL masked
        props.put(PersistenceUnitProperties.SESSION_NAME, unit + "_url=" + config.safeUrl()
                + (config.user() == null ? "" : "_user=" + config.user()));
        if (config.user() != null) {
            props.put(PersistenceUnitProperties.JDBC_USER, config.user());
        }
        if (config.password() != null) {
            props.put(PersistenceUnitProperties.JDBC_PASSWORD, config.password());
        }
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unit, props);
        if (emf == null) {
            throw new DatabaseException(DatabaseException.Reason.OTHER, config.safeUrl(), "no persistence unit",
                    "The persistence unit '" + unit + "' was not found", null);
        }
        return emf;
    }

    /** Logs the unit in, so a bad configuration fails here and not at the first query. */
    private static EntityManagerFactory deploy(EntityManagerFactory emf, DatabaseConfig config) {
        try {
            emf.createEntityManager().close();
            // before any transaction: each entity manager's session copies the listeners its unit has then
            emf.unwrap(Session.class).getEventManager().addListener(AuditedCommits.LISTENER);
        } catch (RuntimeException e) {
            emf.close();
            throw new DatabaseException(DatabaseException.Reason.OTHER, config.safeUrl(), firstLine(rootMessage(e)),
                    "Cannot open the database " + config.safeUrl() + ": " + rootMessage(e), e);
        }
        return emf;
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
            registration = null;
        }
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private static DatabaseException schemaBehind(DatabaseConfig config, Connection c, String changelog, int missing)
            throws SQLException {
        String account = c.getMetaData().getUserName();
        String why = "the schema is behind this version of the workbench (" + missing + " change(s) of " + changelog
                + " not applied) and the account " + account + " may not change it: an administrator runs jiandu db"
                + " migrate --db-admin-url URL-OF-THE-SCHEMA-OWNER (see README, PostgreSQL), then start again";
        return new DatabaseException(DatabaseException.Reason.SCHEMA_BEHIND, config.safeUrl(), why,
                "The database " + config.safeUrl() + " cannot be used yet: " + why, null);
    }

    /** Turns the driver's error into a sentence a user can act on. */
    static DatabaseException describe(DatabaseConfig config, SQLException e) {
        String where = config.safeUrl();
        String msg = firstLine(rootMessage(e));
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        DatabaseException.Reason reason;
        String text;
        if (code == 90020 || msg.contains("already in use")) {
            reason = DatabaseException.Reason.IN_USE;
            text = "The database " + where + " is in use by another program. Close it first.";
        } else if (code == 90030 || msg.contains("orrupted") || code == 90048 || code == 90067) {
            reason = DatabaseException.Reason.DAMAGED;
            text = "The database file " + where + " is damaged and cannot be opened (" + msg
                    + "). Restore it from the backups/ folder of the data directory.";
        } else if (code == 90049 || (code == 28000 && config.url().contains(";CIPHER="))) {
            reason = DatabaseException.Reason.NO_KEY;
            text = "The encrypted database " + where + " does not open with the key in the data directory ("
                    + org.jiandu.persistence.Installation.DB_KEY_FILE + "): restore the key that belongs to it.";
        } else if (code == 28000 || state.startsWith("28")) {
            reason = DatabaseException.Reason.REFUSED_LOGIN;
            text = "The database " + where + " refused the user name or password.";
        } else if (state.startsWith("08")) {
            reason = DatabaseException.Reason.UNREACHABLE;
            text = "Cannot connect to the database " + where + ": " + msg;
        } else {
            reason = DatabaseException.Reason.OTHER;
            text = "Cannot open the database " + where + ": " + msg;
        }
        return new DatabaseException(reason, where, msg, text, e);
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m;
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
