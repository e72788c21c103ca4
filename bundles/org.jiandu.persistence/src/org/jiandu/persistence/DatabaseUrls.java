package org.jiandu.persistence;

import java.util.Locale;
import java.util.Set;

/**
 * Which database URLs the workbench opens. A JDBC URL is more than an address: H2's {@code INIT=} runs SQL and its
 * trace settings write files anywhere, PostgreSQL's {@code socketFactory}/{@code sslfactory} load classes and
 * {@code loggerFile} writes files. So a URL is an H2 file or a PostgreSQL server, and every parameter must be on a
 * short list; anything else is refused with one line naming the parameter (never its value).
 */
final class DatabaseUrls {

    static final String H2_FILE = "jdbc:h2:file:";
    static final String POSTGRES = "jdbc:postgresql:";

    /** H2 settings in the URL: only the file encryption the installation itself sets. */
    private static final Set<String> H2_ALLOWED = Set.of("CIPHER");

    /** PostgreSQL parameters: who, TLS, schema, timeouts, failover, the name shown in pg_stat_activity. */
    private static final Set<String> PG_ALLOWED = Set.of("user", "password", "ssl", "sslmode", "sslrootcert", "sslcert",
            "sslkey", "sslpassword", "currentschema", "connecttimeout", "sockettimeout", "logintimeout",
            "applicationname", "targetservertype", "tcpkeepalive", "gssencmode");

    private DatabaseUrls() {
    }

    /** @throws DatabaseException (reason {@code BAD_URL}) when the URL is not one the workbench opens */
    static void check(String url) {
        if (url == null || url.isBlank()) {
            throw refused(url, "the database URL is empty");
        }
        if (url.startsWith(H2_FILE)) {
            checkH2(url);
        } else if (url.startsWith(POSTGRES)) {
            checkPostgres(url);
        } else if (url.startsWith("jdbc:h2:")) {
            throw refused(url, "only an H2 file database is supported (jdbc:h2:file:PATH), not an in-memory, server"
                    + " or other H2 database");
        } else {
            throw refused(url, "unsupported database URL: use jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (url.indexOf('\n') >= 0 || url.indexOf('\r') >= 0) {
            throw refused(url, "the database URL has a line break");
        }
    }

    private static void checkH2(String url) {
        String[] parts = url.substring(H2_FILE.length()).split(";", -1);
        if (parts[0].isBlank()) {
            throw refused(url, "the H2 URL names no file: use jdbc:h2:file:PATH");
        }
        for (int i = 1; i < parts.length; i++) {
            String key = key(parts[i]).toUpperCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue; // "jdbc:h2:file:/x;" has an empty last part
            }
            if (!H2_ALLOWED.contains(key)) {
                throw refused(url, "the H2 setting " + key + " is not allowed in the database URL (allowed: "
                        + String.join(", ", H2_ALLOWED) + ")");
            }
        }
    }

    private static void checkPostgres(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return;
        }
        for (String param : url.substring(q + 1).split("&")) {
            String key = key(param);
            if (!key.isEmpty() && !PG_ALLOWED.contains(key.toLowerCase(Locale.ROOT))) {
                throw refused(url, "the PostgreSQL parameter " + key + " is not allowed in the database URL (allowed: "
                        + "sslmode, sslrootcert, sslcert, sslkey, currentSchema, connectTimeout, ApplicationName, …)");
            }
        }
    }

    private static String key(String param) {
        int eq = param.indexOf('=');
        return (eq < 0 ? param : param.substring(0, eq)).strip();
    }

    private static DatabaseException refused(String url, String why) {
        String where = url == null ? "" : DatabaseConfig.redact(firstPart(url));
        return new DatabaseException(DatabaseException.Reason.BAD_URL, where, why, why, null);
    }

    /** The URL up to its parameters: refused values (SQL, class names, paths) are not repeated in messages. */
    private static String firstPart(String url) {
        int cut = url.length();
        for (char c : new char[] { ';', '?', '\n', '\r' }) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return url.substring(0, cut);
    }
}
