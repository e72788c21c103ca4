package org.jiandu.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jiandu.persistence.OwnerOnly;

/**
 * The workbench's log: what a user is told in one sentence is kept here in full (class, stack) for whoever supports
 * the installation, in {@code logs/} of the data directory (five files of at most 1 MB). Refusals and user input are
 * not logged, so the log carries no secrets and no personal data beyond what a stack trace names.
 */
final class WorkbenchLog {

    static final String DIR = "logs";
    private static final Logger ROOT = Logger.getLogger("org.jiandu");
    private static Handler handler;

    private WorkbenchLog() {
    }

    /** Starts writing the log of this data directory; without a writable folder the log stays on standard error. */
    static synchronized Path install(Path dataDir) {
        Path dir = dataDir.resolve(DIR);
        if (handler != null) {
            return dir;
        }
        try {
            OwnerOnly.createDirectories(dir);
            for (int i = 0; i < 5; i++) {
                // owner-only from the start, like every file of the data directory (FileHandler would use the umask)
                Path log = dir.resolve("workbench-" + i + ".log");
                if (!Files.exists(log)) {
                    Files.createFile(log, OwnerOnly.fileAttributes());
                }
            }
            handler = new FileHandler(dir.resolve("workbench-%g.log").toString(), 1 << 20, 5, true);
            OwnerOnly.tighten(dir);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            ROOT.addHandler(handler);
        } catch (IOException | SecurityException e) {
            ROOT.log(Level.WARNING, "no log file in " + dir, e);
        }
        return dir;
    }

    static synchronized void close() {
        if (handler != null) {
            ROOT.removeHandler(handler);
            handler.close();
            handler = null;
        }
    }
}
