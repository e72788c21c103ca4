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

    /** Why no dump was made: {@code pg_dump} is not on the PATH ({@code why} null), or its first line of error. */
    record Failure(String why) {
        boolean notFound() {
            return why == null;
        }
    }

    /** @return sentences for a backup's user when the schema was not dumped; empty when it was */
    static List<String> dump(DatabaseConfig config, String schema, Path out, Progress progress) throws IOException {
        Failure f = run(config, schema, false, out, progress);
        return f == null ? List.of() : List.of(f.notFound() ? NLS.bind(BackupMessages.no_pg_dump, config.safeUrl())
                : NLS.bind(BackupMessages.pg_dump_failed, config.safeUrl(), f.why()));
    }

    /**
     * Dumps one schema of the database.
     *
     * @param schema        the schema, as the connection's {@code current_schema()} names it
     * @param withOwnership keep owners and grants (a dump to restore onto the same server with its roles), or leave
     *                      them out (a backup that may be restored anywhere)
     * @return null when the schema was dumped into {@code out}, else why not ({@code out} is then removed)
     */
    static Failure run(DatabaseConfig config, String schema, boolean withOwnership, Path out, Progress progress)
            throws IOException {
        Path exe = onPath(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "pg_dump.exe"
                : "pg_dump");
        if (exe == null) {
            return new Failure(null);
        }
        URI uri = URI.create(config.url().substring("jdbc:".length()));
        if (uri.getHost() == null) {
            return new Failure("the URL names no server");
        }
        Map<String, String> params = params(uri.getRawQuery());
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGDATABASE", uri.getPath().replaceFirst("^/", ""));
        put(env, "PGUSER", config.user() != null ? config.user() : params.get("user"));
        put(env, "PGPASSWORD", config.password() != null ? config.password() : params.get("password"));
        // pgjdbc's ssl=true alone checks the server's certificate and name; libpq's default would not
        put(env, "PGSSLMODE", params.get("sslmode") != null ? params.get("sslmode")
                : "true".equalsIgnoreCase(params.get("ssl")) ? "verify-full" : null);
        put(env, "PGSSLROOTCERT", params.get("sslrootcert"));
        put(env, "PGSSLCERT", params.get("sslcert"));
        put(env, "PGSSLKEY", params.get("sslkey"));
        put(env, "PGCONNECT_TIMEOUT", params.get("connectTimeout"));
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--format=custom", "--file=" + out.toAbsolutePath(),
                "--schema=\"" + schema.replace("\"", "\"\"") + "\"")); // quoted: the name itself, not a pattern
        if (!withOwnership) {
            cmd.addAll(List.of("--no-owner", "--no-privileges"));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // only this database's settings: an inherited PGSERVICE or PGSSLMODE would connect elsewhere or otherwise,
        // and the workbench's own secrets are not pg_dump's
        pb.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("JIANDU_"));
        pb.environment().putAll(env);
        Path errors = Files.createTempFile(out.getParent(), "pg_dump", ".log");
        pb.redirectError(errors.toFile());
        progress.worked(0, 1, "database");
        Process p = pb.start();
        Thread stop = new Thread(p::destroyForcibly, "pg_dump stop"); // Ctrl+C: no dump left holding its locks
        Runtime.getRuntime().addShutdownHook(stop);
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
                return new Failure(why);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } finally {
            Files.deleteIfExists(errors);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs
            }
        }
        progress.worked(1, 1, "database");
        return null;
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
