package org.jiandu.persistence.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.jiandu.persistence.DatabaseConfig;

import jakarta.persistence.EntityManagerFactory;

/**
 * A persistence unit's mappings, read on a thread of their own while the database is opened and migrated: EclipseLink's
 * predeploy needs no connection, and at a start the two took about as long as each other.
 */
final class Predeploy {

    private final FutureTask<EntityManagerFactory> task;

    private Predeploy(FutureTask<EntityManagerFactory> task) {
        this.task = task;
    }

    static Predeploy start(String unit, ClassLoader loader, DatabaseConfig config) {
        Predeploy p = new Predeploy(new FutureTask<>(() -> JpaDatabaseManager.predeploy(unit, loader, config)));
        Thread.ofPlatform().daemon().name("jiandu-predeploy-" + unit).start(p.task);
        return p;
    }

    /** The predeployed unit; what went wrong reading it is thrown here, as it was when read on the caller's thread. */
    EntityManagerFactory await() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new IllegalStateException("interrupted while the persistence unit was read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The database did not open: the unit read meanwhile is closed, once it is read. */
    void discard() {
        try {
            EntityManagerFactory emf = task.get();
            if (emf != null && emf.isOpen()) {
                emf.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // it failed as well: nothing to close
        }
    }
}
