package org.jiandu.persistence.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.security.PasswordHasher;

/**
 * The password hashes of the demo users, one salt and one hash per user, made in the background on every core (a
 * PBKDF2 hash of 600 000 iterations takes about half a second) while the caller generates the jurisdiction.
 */
final class DemoUserHashes {

    private DemoUserHashes() {
    }

    /** Starts hashing; the admin's password is copied and the caller's array wiped at once. */
    static CompletableFuture<Map<String, String>> start(char[] adminPassword) {
        char[] admin = Arrays.copyOf(adminPassword, adminPassword.length);
        PasswordHasher.wipe(adminPassword);
        List<String> users = DemoDataService.DEMO_USERS;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(users.size(),
                Math.max(1, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "demo-user-hashes");
                    t.setDaemon(true);
                    return t;
                });
        PasswordHasher hasher = new PasswordHasher();
        Map<String, CompletableFuture<String>> each = new LinkedHashMap<>();
        for (String user : users) {
            each.put(user, CompletableFuture.supplyAsync(() -> "admin".equals(user) ? hasher.hash(admin)
                    : hasher.hash(DemoDataService.DEMO_PASSWORD.toCharArray()), pool));
        }
        return CompletableFuture.allOf(each.values().toArray(CompletableFuture[]::new)).handle((ok, failed) -> {
            pool.shutdown();
            PasswordHasher.wipe(admin);
            if (failed != null) {
                throw failed instanceof CompletionException c ? c : new CompletionException(failed);
            }
            Map<String, String> hashes = new LinkedHashMap<>();
            each.forEach((user, f) -> hashes.put(user, f.join()));
            return hashes;
        });
    }

    /** The hashes by user name, waiting for them; a failure of the hasher is rethrown as it was. */
    static Map<String, String> await(CompletableFuture<Map<String, String>> hashes) {
        try {
            return hashes.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
