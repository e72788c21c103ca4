package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiandu.core.model.City;
import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EclipseLink names each line it logs after its session, and named the session after the JDBC URL: a PostgreSQL
 * URL's {@code password=} reached the workbench log with every warning. Neither the URL's password nor the
 * configured one may appear in what EclipseLink logs.
 */
class SecretsInLogTest {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;]+)");

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void noPasswordReachesTheLogWithAWarning(String kind) throws Exception {
        DatabaseConfig config = TestDatabases.fresh(kind, dir);
        List<String> secrets = new ArrayList<>();
        Matcher m = URL_PASSWORD.matcher(config.url());
        while (m.find()) {
            secrets.add(m.group(1));
        }
        if (config.password() != null && !config.password().isBlank()) {
            secrets.add(config.password().strip());
        }
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger eclipseLink = Logger.getLogger("org.eclipse.persistence");
        eclipseLink.addHandler(capture);
        try {
            Services.get(DatabaseManager.class).open(config);
            Database db = Services.get(Database.class);
            // a change without its audit entry: rolled back, and EclipseLink logs the refusal as a warning
            assertThrows(IllegalStateException.class, () -> db.txRun(em -> em.persist(new City("shangluo", "商洛市", null))));
        } finally {
            eclipseLink.removeHandler(capture);
        }
        assertFalse(records.isEmpty(), "EclipseLink logged nothing, so this test shows nothing");
        for (LogRecord r : records) {
            for (String secret : secrets) {
                assertFalse(r.getLoggerName().contains(secret), "a password in the logger's name: " + r.getLoggerName());
                assertFalse(String.valueOf(r.getMessage()).contains(secret), "a password in a log message");
            }
        }
    }
}
