package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.DataDirectoryException;
import org.jiandu.persistence.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void createsTheLayout() {
        try (DataDirectory d = DataDirectory.open(dir.resolve("county"))) {
            for (String sub : new String[] { "db", "index", "files", "backups" }) {
                assertTrue(Files.isDirectory(d.root().resolve(sub)), sub);
            }
            assertTrue(d.defaultDatabase().url().startsWith("jdbc:h2:file:"));
        }
    }

    @Test
    void secondOpenInThisProcessIsRefusedAndTheLockIsReleasedOnClose() {
        DataDirectory first = DataDirectory.open(dir);
        DataDirectoryException e = assertThrows(DataDirectoryException.class, () -> DataDirectory.open(dir));
        assertTrue(e.getMessage().contains("in use by another Jiandu process"), e.getMessage());
        first.close();
        DataDirectory.open(dir).close();
    }

    /** A real second process: the child holds the lock, this JVM must be refused with the holder named. */
    @Test
    void secondProcessIsRefused() throws Exception {
        String cp = location(DataDirectory.class) + File.pathSeparator + location(LockHolder.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", cp, LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("locked", line, "child could not take the lock; class path " + cp);
            DataDirectoryException e = assertThrows(DataDirectoryException.class, () -> DataDirectory.open(dir));
            assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());
        } finally {
            child.getOutputStream().close(); // the holder exits when its stdin closes
            child.waitFor(10, TimeUnit.SECONDS);
            child.destroyForcibly();
        }
        DataDirectory.open(dir).close(); // free again once the holder is gone
    }

    @Test
    void passwordsNeverAppearInDatabaseDescriptions() {
        DatabaseConfig c = new DatabaseConfig("jdbc:postgresql://localhost/jiandu?user=j&password=geheim", "j", "geheim");
        assertTrue(!c.toString().contains("geheim") && !c.safeUrl().contains("geheim"), c.toString());
        assertThrows(org.jiandu.persistence.DatabaseException.class, () -> new DatabaseConfig("jdbc:mysql://x/y", null, null));
    }

    /** The class path entry of a bundle, whether Tycho installed it as a jar, a project or a classes folder. */
    private static String location(Class<?> type) throws Exception {
        Path p = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String classes : new String[] { "target/classes", "bin" }) {
            if (Files.isDirectory(p.resolve(classes))) {
                return p.resolve(classes).toString();
            }
        }
        return p.toString();
    }

}
