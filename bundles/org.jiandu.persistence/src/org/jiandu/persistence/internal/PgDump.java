package org.jiandu.persistence.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.Progress;
import org.jiandu.persistence.DatabaseConfig;

/**
 * A PostgreSQL database dumped by the server's own {@code pg_dump} (custom format, for {@code pg_restore}), when the
 * client tools are on the PATH. The connection's settings go to {@code pg_dump} as its PG* environment, so the
 * password never appears on a command line another account could read.
 */
final class PgDump {

    private PgDump() {
    }

    /** @return sentences for the user when the database was not dumped; empty when it was */
    static List<String> dump(DatabaseConfig config, Path out, Progress progress) throws IOException {
        Path exe = onPath(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "pg_dump.exe"
                : "pg_dump");
        if (exe == null) {
            return List.of(NLS.bind(BackupMessages.no_pg_dump, config.safeUrl()));
        }
        URI uri = URI.create(config.url().substring("jdbc:".length()));
        Map<String, String> params = params(uri.getRawQuery());
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGDATABASE", uri.getPath().replaceFirst("^/", ""));
        put(env, "PGUSER", config.user() != null ? config.user() : params.get("user"));
        put(env, "PGPASSWORD", config.password() != null ? config.password() : params.get("password"));
        put(env, "PGSSLMODE", params.get("sslmode"));
        put(env, "PGSSLROOTCERT", params.get("sslrootcert"));
        put(env, "PGSSLCERT", params.get("sslcert"));
        put(env, "PGSSLKEY", params.get("sslkey"));
        put(env, "PGCONNECT_TIMEOUT", params.get("connectTimeout"));
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--format=custom", "--no-owner", "--no-privileges",
                "--file=" + out.toAbsolutePath()));
        String schema = params.get("currentSchema");
        if (schema != null && !schema.isBlank()) {
            cmd.add("--schema=" + schema);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Path errors = Files.createTempFile(out.getParent(), "pg_dump", ".log");
        pb.redirectError(errors.toFile());
        progress.worked(0, 1, "database");
        Process p = pb.start();
        try {
            while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (progress.isCancelled()) {
                    p.destroyForcibly();
                    throw new CancellationException();
                }
            }
            if (p.exitValue() != 0) {
                String why = Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .findFirst().orElse("exit " + p.exitValue()).replace("pg_dump: error: ", "");
                Files.deleteIfExists(out);
                return List.of(NLS.bind(BackupMessages.pg_dump_failed, config.safeUrl(), why));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } finally {
            Files.deleteIfExists(errors);
        }
        progress.worked(1, 1, "database");
        return List.of();
    }

    private static void put(Map<String, String> env, String key, String value) {
        if (value != null && !value.isBlank()) {
            env.put(key, value);
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> m = new HashMap<>();
        if (query != null) {
            for (String kv : query.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    m.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    /** The program on the PATH, or null. */
    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
