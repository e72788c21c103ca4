package org.jiandu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Properties;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.model.CountyProfile;

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
        String countyId = countyOption != null ? countyOption
                : System.getProperty(COUNTY_PROPERTY, CountyProfile.DEFAULT_ID);
        CountyProfile county = CountyProfile.require(countyId);
        Path data;
        if (dataOption != null) {
            data = Path.of(dataOption);
        } else if (instanceArea() != null) {
            data = instanceArea();
        } else {
            data = DataDirectory.defaultFor(county.id());
        }
        return new Installation(county, data.toAbsolutePath().normalize(), dbUrlOption);
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
            return dir.defaultDatabase();
        }
        String user = System.getenv("JIANDU_DB_USER");
        if (user == null) {
            user = s.getProperty(SETTING_DB_USER);
        }
        return new DatabaseConfig(url.trim(), user, System.getenv("JIANDU_DB_PASSWORD"));
    }

    public Properties settings() {
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
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Jiandu Workbench installation settings");
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataDirectoryException(DataDirectoryException.Reason.CANNOT_WRITE_SETTINGS, f, e.getMessage(),
                    "Cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads this county's demo data when the database holds no jurisdiction yet (first start).
     *
     * @return true when it loaded
     */
    public boolean loadDemoDataIfEmpty(DemoDataService demo) {
        if (!demo.isEmpty()) {
            return false;
        }
        demo.load(List.of(county), county, adminPassword());
        return true;
    }

    /** {@code JIANDU_PASSWORD} when set, else the documented demo password. */
    public static char[] adminPassword() {
        String env = System.getenv("JIANDU_PASSWORD");
        return (env == null || env.isEmpty() ? DemoDataService.DEMO_PASSWORD : env).toCharArray();
    }
}
