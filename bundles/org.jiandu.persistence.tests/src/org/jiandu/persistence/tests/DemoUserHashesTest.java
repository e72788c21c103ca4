package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every demo user has a salt and hash of its own (review finding: the five demo users shared one salt and one hash,
 * so one cracked hash was all five, and equal hashes showed who shares a password).
 */
class DemoUserHashesTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    @Test
    void eachDemoUserHasItsOwnSaltAndHash() throws Exception {
        CountyProfile danfeng = CountyProfile.require("danfeng");
        DatabaseConfig config = DatabaseConfig.h2(dir.resolve("db").resolve("jiandu"));
        Services.get(DatabaseManager.class).open(config);
        long start = System.nanoTime();
        Services.get(DemoDataService.class).load(List.of(danfeng), danfeng, "Admin-pass-2026x".toCharArray());
        System.out.printf("demo data of danfeng loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        Set<String> hashes = new HashSet<>();
        Set<String> salts = new HashSet<>();
        int users = 0;
        try (Connection c = TestDatabases.connect(config); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT PASSWORD_HASH FROM APP_USER")) {
            while (rs.next()) {
                String hash = rs.getString(1);
                users++;
                hashes.add(hash);
                salts.add(hash.split("\\$")[hash.split("\\$").length - 2]); // algorithm$iterations$salt$hash
            }
        }
        assertEquals(DemoDataService.DEMO_USERS.size(), users);
        assertEquals(users, hashes.size(), "one hash per user");
        assertEquals(users, salts.size(), "one salt per user");
        for (String user : DemoDataService.DEMO_USERS) {
            char[] pw = "admin".equals(user) ? "Admin-pass-2026x".toCharArray() : DemoDataService.DEMO_PASSWORD.toCharArray();
            assertEquals(user, Services.get(UserService.class).authenticate(user, pw).username());
        }
    }
}
