package org.jiandu.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the data lives: an H2 file by default, PostgreSQL when configured.
 *
 * @param url      JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…})
 * @param user     database user, may be null when the URL carries it
 * @param password database password, may be null; never printed
 * @param keys     the installation's directory of secrets kept outside the database (the data directory: the audit
 *                 key and its checkpoint live there), or null for a database opened without one (tests); an H2 file
 *                 in a data directory's {@code db/} finds it by itself
 */
public record DatabaseConfig(String url, String user, String password, Path keys) {

    private static final String H2_FILE = DatabaseUrls.H2_FILE;
    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(password|pwd)=[^&;]*");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;])password=([^&;]*)");

    /** @throws DatabaseException (reason {@code BAD_URL}) for a URL outside {@link DatabaseUrls}' allow-list */
    public DatabaseConfig {
        DatabaseUrls.check(url);
    }

    public DatabaseConfig(String url, String user, String password) {
        this(url, user, password, h2DataDirectory(url));
    }

    /** The same database with the installation's secrets in {@code dir}. */
    public DatabaseConfig withKeys(Path dir) {
        return new DatabaseConfig(url, user, password, dir);
    }

    /** {@code jdbc:h2:file:DATA/db/NAME[;…]} → DATA, the data directory that holds the database file. */
    private static Path h2DataDirectory(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String file = url.substring("jdbc:h2:file:".length());
        int semi = file.indexOf(';');
        Path dbDir = Path.of(semi < 0 ? file : file.substring(0, semi)).toAbsolutePath().getParent();
        return dbDir != null && dbDir.getFileName() != null && "db".equals(dbDir.getFileName().toString())
                ? dbDir.getParent() : dbDir;
    }

    public static DatabaseConfig h2(Path file) {
        return new DatabaseConfig(H2_FILE + file.toAbsolutePath(), "sa", "");
    }

    /** The file H2 keeps the embedded database {@code h2File} in (the name {@link #h2File()} gives, plus H2's suffix). */
    public static Path h2DataFile(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + ".mv.db");
    }

    /**
     * An embedded database encrypted with H2's AES file encryption. H2 takes the file key and the user's password
     * as one password, separated by a space; the user {@code sa} has none.
     */
    static DatabaseConfig h2Encrypted(Path file, String keyHex) {
        return new DatabaseConfig(H2_FILE + file.toAbsolutePath() + ";CIPHER=AES", "sa", keyHex + " ");
    }

    /**
     * The same database with a password given in the URL ({@code ?password=…}) moved to {@link #password()}, so the
     * URL can be stored in the settings while the password goes where secrets are kept.
     */
    public DatabaseConfig withPasswordOutOfUrl() {
        Matcher m = URL_PASSWORD.matcher(url);
        if (!m.find()) {
            return this;
        }
        String pw = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
        String rest = (url.substring(0, m.start()) + m.group(1) + url.substring(m.end())).replace("?&", "?")
                .replace("&&", "&").replaceAll("[?&;]$", "");
        return new DatabaseConfig(rest, user, password != null ? password : pw, keys);
    }

    /** The embedded database's file without its {@code .mv.db} ending, or null for a server. */
    public Path h2File() {
        if (!url.startsWith(H2_FILE)) {
            return null;
        }
        int semi = url.indexOf(';');
        return Path.of(semi < 0 ? url.substring(H2_FILE.length()) : url.substring(H2_FILE.length(), semi));
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter masked, for messages and logs. */
    public String safeUrl() {
        return redact(url);
    }

    static String redact(String url) {
        return SECRET_PARAM.matcher(url).replaceAll("$1=***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + safeUrl() + ", user=" + user + "]";
    }
}
