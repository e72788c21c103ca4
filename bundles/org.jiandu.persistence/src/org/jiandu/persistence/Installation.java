package org.jiandu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.Subject;

/**
 * Where an installation keeps its data and which database it uses, resolved the same way for the workbench and
 * the CLI: command line first ({@code --data}/{@code -data}, {@code --db-url}, {@code --county}), then the
 * installation's settings file, then the defaults (the product's county, {@code ~/.jiandu/<county>}, H2).
 */
public final class Installation {

    /** Product property naming the county a build is tailored for (set in the product's config.ini). */
    public static final String COUNTY_PROPERTY = "jiandu.county";
    public static final String SETTINGS_FILE = "settings.properties";
    public static final String SETTING_DB_URL = "db.url";
    public static final String SETTING_DB_USER = "db.user";
    /** The county the installation was set up for. */
    public static final String SETTING_COUNTY = "county";
    /** Product property of the full build: setup asks for the county. */
    public static final String COUNTY_CHOOSABLE_PROPERTY = "jiandu.county.choosable";
    /**
     * The database password chosen at setup, in a file of its own that only the installation's OS account may read
     * (like PostgreSQL's own .pgpass); {@code JIANDU_DB_PASSWORD} takes precedence.
     */
    public static final String DB_SECRET_FILE = "db.secret";
    /** The embedded database's file-encryption key (see {@link DatabaseKey}), beside the audit key. */
    public static final String DB_KEY_FILE = "db.key";
    /** The audit log's checkpoint beside the database, written with its first entry (see AuditKeys). */
    public static final String AUDIT_ANCHOR_FILE = "audit.anchor";
    /** {@code AES} when the embedded database is encrypted with {@link #DB_KEY_FILE}. */
    public static final String SETTING_DB_CIPHER = "db.cipher";

    private final CountyProfile county;
    private final Path dataDir;
    private final String dbUrlOverride;

    public Installation(CountyProfile county, Path dataDir, String dbUrlOverride) {
        this.county = county;
        this.dataDir = dataDir;
        this.dbUrlOverride = dbUrlOverride;
    }

    /**
     * @param countyOption  {@code --county} or null
     * @param dataOption    {@code --data} or null; {@code -data} arrives as the OSGi instance area
     * @param dbUrlOption   {@code --db-url} or null
     */
    public static Installation resolve(String countyOption, String dataOption, String dbUrlOption) {
        CountyProfile productCounty = productCounty();
        CountyProfile chosen = countyOption == null ? null : CountyProfile.require(countyOption);
        Path data;
        if (dataOption != null) {
            data = Path.of(dataOption);
        } else if (instanceArea() != null) {
            data = instanceArea();
        } else {
            data = DataDirectory.defaultFor((chosen != null ? chosen : productCounty).id());
        }
        data = data.toAbsolutePath().normalize();
        if (dbUrlOption != null) {
            new DatabaseConfig(dbUrlOption.trim(), null, null); // a refused URL says so before the directory is touched
        }
        CountyProfile county = chosen;
        if (county == null) {
            // an installation that was set up keeps its county, whichever build opens it
            String stored = Files.isDirectory(data) ? readSettings(data).getProperty(SETTING_COUNTY) : null;
            county = stored == null ? productCounty : CountyProfile.find(stored).orElse(productCounty);
        }
        return new Installation(county, data, dbUrlOption);
    }

    /**
     * True in a build for all counties (the full build), where setup asks which county the installation is for;
     * a county's own build has its county fixed.
     */
    public static boolean countyChoosable() {
        return Boolean.getBoolean(COUNTY_CHOOSABLE_PROPERTY);
    }

    /** The county this build was made for. */
    public static CountyProfile productCounty() {
        return CountyProfile.require(System.getProperty(COUNTY_PROPERTY, CountyProfile.DEFAULT_ID));
    }

    /**
     * Nothing of an installation is here yet: no database chosen in the settings, no embedded database file, and no
     * audit checkpoint ({@code audit.anchor}, written with the first audit entry). Such a directory is set up (or given
     * demo data) before anything else opens it. A directory with a checkpoint but no database file lost its database:
     * opening it says so (and how to restore), instead of offering a new setup over its remains.
     */
    public boolean isNew() {
        if (dbUrlOverride != null) {
            return false; // the database named on the command line says whether it is set up
        }
        if (!Files.isDirectory(dataDir)) {
            return true;
        }
        if (settings().getProperty(SETTING_DB_URL) != null) {
            return false;
        }
        return !Files.exists(DataDirectory.defaultH2DataFile(dataDir)) && !Files.exists(dataDir.resolve(AUDIT_ANCHOR_FILE));
    }

    /** The directory given with Equinox's own {@code -data}, if any. */
    private static Path instanceArea() {
        String area = System.getProperty("osgi.instance.area");
        if (area == null || area.isBlank() || area.startsWith("@")) {
            return null;
        }
        try {
            return Path.of(URI.create(area.replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            return Path.of(area.replaceFirst("^file:", ""));
        }
    }

    public CountyProfile county() {
        return county;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Locks the data directory. */
    public DataDirectory lock() {
        return DataDirectory.open(dataDir);
    }

    /** The database to use: {@code --db-url}, else the settings file, else the data directory's H2 file. */
    public DatabaseConfig database(DataDirectory dir) {
        Properties s = settings();
        String url = dbUrlOverride != null ? dbUrlOverride : s.getProperty(SETTING_DB_URL);
        if (url == null || url.isBlank()) {
            DatabaseConfig plain = dir.defaultDatabase();
            if (!"AES".equals(s.getProperty(SETTING_DB_CIPHER))) {
                return plain;
            }
            return DatabaseConfig.h2Encrypted(dir.db().resolve("jiandu"), DatabaseKey.read(dataDir, plain.safeUrl()));
        }
        String user = System.getenv("JIANDU_DB_USER");
        if (user == null) {
            user = s.getProperty(SETTING_DB_USER);
        }
        String password = System.getenv("JIANDU_DB_PASSWORD");
        return new DatabaseConfig(url.trim(), user, password != null ? password : storedDatabasePassword(), dataDir);
    }

    private String storedDatabasePassword() {
        Path f = dataDir.resolve(DB_SECRET_FILE);
        try {
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_READ_SETTINGS, f, e.getMessage(),
                    "Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the database password for the next starts in {@link #DB_SECRET_FILE}, readable by this OS account only
     * (on file systems without POSIX permissions, such as Windows, the data directory's own access rights apply).
     * Null or empty removes it.
     */
    public void saveDatabasePassword(char[] password) {
        Path f = dataDir.resolve(DB_SECRET_FILE);
        try {
            if (password == null || password.length == 0) {
                Files.deleteIfExists(f);
                return;
            }
            OwnerOnly.createDirectories(dataDir);
            Path tmp = dataDir.resolve(DB_SECRET_FILE + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, new String(password), StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_WRITE_SETTINGS, f, e.getMessage(),
                    "Cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    public Properties settings() {
        return readSettings(dataDir);
    }

    private static Properties readSettings(Path dataDir) {
        Properties p = new Properties();
        Path f = dataDir.resolve(SETTINGS_FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException e) {
                throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_READ_SETTINGS, f, e.getMessage(),
                        "Cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    /** Stores the database choice (the workbench's preference page writes it); an empty URL clears it. */
    public void saveDatabaseSetting(String url, String user) {
        if (url == null || url.isBlank()) {
            store(Map.of(), List.of(SETTING_DB_URL, SETTING_DB_USER));
            return;
        }
        new DatabaseConfig(url.trim(), user, null); // refuses an unsupported URL before anything is written
        Map<String, String> set = new HashMap<>();
        set.put(SETTING_DB_URL, url.trim());
        List<String> remove = new ArrayList<>();
        if (user == null || user.isBlank()) {
            remove.add(SETTING_DB_USER);
        } else {
            set.put(SETTING_DB_USER, user.trim());
        }
        store(set, remove);
    }

    /**
     * Makes the embedded database of this new installation encrypted at rest (H2 AES file encryption): creates the key
     * file and records the choice; the database file is then created encrypted when it is first opened.
     *
     * @throws IllegalStateException when a database file exists already (it is not encrypted in place) or the
     *                               installation uses a database server
     */
    public void encryptNewDatabase() {
        if (encrypted() && Files.exists(dataDir.resolve(DB_KEY_FILE))) {
            return; // a setup that was refused (a weak password) and is tried again
        }
        if (dbUrlOverride != null || settings().getProperty(SETTING_DB_URL) != null) {
            throw new IllegalStateException("encryption at rest is for the embedded database; this installation uses "
                    + "a database server (protect it with the server's own encryption and TLS, see SECURITY.md)");
        }
        if (Files.exists(DataDirectory.defaultH2DataFile(dataDir))) {
            throw new IllegalStateException("the data directory " + dataDir
                    + " already has a database; it is not encrypted in place (set up a new one with encryption and "
                    + "import the jurisdiction again)");
        }
        try {
            DatabaseKey.create(dataDir);
        } catch (IOException e) {
            Path f = dataDir.resolve(DB_KEY_FILE);
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_WRITE_SETTINGS, f, e.getMessage(),
                    "Cannot write " + f + ": " + e.getMessage(), e);
        }
        saveSetting(SETTING_DB_CIPHER, "AES");
    }

    /** True when the embedded database is (to be) encrypted at rest. */
    public boolean encrypted() {
        return "AES".equals(settings().getProperty(SETTING_DB_CIPHER));
    }

    /**
     * The database an administrator chose in Preferences, used from the next start: checked against the URL
     * allow-list, stored, and audited as {@code settings:database} with the old and new URL (passwords masked).
     *
     * @throws AccessDeniedException for anyone but an administrator; nothing is stored then
     * @throws DatabaseException     for a URL outside the allow-list; nothing is stored then
     */
    public void changeDatabase(Subject subject, AuditLog audit, String url, String user) {
        if (subject.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException(SecurityMessages.denied_database);
        }
        String before = settings().getProperty(SETTING_DB_URL, "");
        String after = url == null ? "" : url.trim();
        saveDatabaseSetting(after, user);
        audit.append(subject, AuditLog.CHANGE, "settings:database",
                describe(before) + " -> " + describe(after) + (user == null || user.isBlank() ? "" : " as " + user.trim()));
    }

    private static String describe(String url) {
        return url.isBlank() ? "(embedded H2)" : DatabaseConfig.redact(url);
    }

    /**
     * Remembers a server chosen at setup for the next starts: its URL and user in the settings, its password (from
     * the configuration or the URL) in {@link #DB_SECRET_FILE}, never in the settings.
     */
    public void rememberDatabase(DatabaseConfig server) {
        DatabaseConfig c = server.withPasswordOutOfUrl();
        saveDatabaseSetting(c.url(), c.user());
        saveDatabasePassword(c.password() == null ? null : c.password().toCharArray());
    }

    /** Stores one setting; an empty value removes it. */
    public void saveSetting(String key, String value) {
        if (value == null || value.isBlank()) {
            store(Map.of(), List.of(key));
        } else {
            store(Map.of(key, value), List.of());
        }
    }

    /** Rewrites the settings file through a temporary file, so a crash never leaves half a file. */
    private void store(Map<String, String> set, List<String> remove) {
        Properties p = settings();
        remove.forEach(p::remove);
        p.putAll(set);
        Path f = dataDir.resolve(SETTINGS_FILE);
        try {
            OwnerOnly.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, "settings", ".tmp", OwnerOnly.fileAttributes());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Jiandu Workbench installation settings");
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_WRITE_SETTINGS, f, e.getMessage(),
                    "Cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    /** The demo administrator's password: {@code JIANDU_PASSWORD} when set, else the documented demo password. */
    public static char[] adminPassword() {
        String env = System.getenv("JIANDU_PASSWORD");
        return (env == null || env.isEmpty() ? DemoDataService.DEMO_PASSWORD : env).toCharArray();
    }
}
