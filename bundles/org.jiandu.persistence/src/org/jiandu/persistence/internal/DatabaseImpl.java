package org.jiandu.persistence.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jiandu.persistence.Database;
import org.jiandu.persistence.DatabaseConfig;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

final class DatabaseImpl implements Database {

    private final EntityManagerFactory emf;
    private final DatabaseConfig config;
    private final String productName;
    private final ModuleOpener opener;
    private final Map<String, DatabaseImpl> modules = new HashMap<>();

    /** Opens a module's unit over the same database (migrations first). */
    interface ModuleOpener {
        EntityManagerFactory open(String unit, ClassLoader loader, String changelog);
    }

    DatabaseImpl(EntityManagerFactory emf, DatabaseConfig config, String productName, ModuleOpener opener) {
        this.emf = emf;
        this.config = config;
        this.productName = productName;
        this.opener = opener;
    }

    @Override
    public synchronized Database module(String unitName, ClassLoader loader, String changelog) {
        if (opener == null) {
            throw new IllegalStateException("a module database has no modules of its own");
        }
        DatabaseImpl m = modules.get(unitName);
        if (m == null || !m.emf.isOpen()) {
            m = new DatabaseImpl(opener.open(unitName, loader, changelog), config, productName, null);
            modules.put(unitName, m);
        }
        return m;
    }

    /** Closes the module units, then this one. */
    synchronized void close() {
        for (DatabaseImpl m : modules.values()) {
            if (m.emf.isOpen()) {
                m.emf.close();
            }
        }
        modules.clear();
        if (emf.isOpen()) {
            emf.close();
        }
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public String productName() {
        return productName;
    }

    /** The transactions open on this thread (innermost last), each with what to do once it has committed. */
    private static final ThreadLocal<ArrayDeque<Frame>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    /** One transaction of {@link #tx}: what it changed, whether it appended an audit entry, what runs after it. */
    private static final class Frame {
        final EntityManager em;
        final DatabaseConfig config;
        final List<Runnable> afterCommit = new ArrayList<>();
        final Set<String> changed = new TreeSet<>();
        boolean audited;

        Frame(EntityManager em, DatabaseConfig config) {
            this.em = em;
            this.config = config;
        }
    }

    private static Frame frame(EntityManager em) {
        for (Frame f : OPEN.get()) {
            if (f.em == em) {
                return f;
            }
        }
        throw new IllegalStateException("not inside Database.tx: an audit entry joins the transaction of a change");
    }

    /** The database a transaction of {@link #tx} on this thread belongs to. */
    static DatabaseConfig configOf(EntityManager em) {
        return frame(em).config;
    }

    /**
     * Runs {@code action} once the transaction of {@code em} has committed (never if it rolls back).
     *
     * @throws IllegalStateException when {@code em} is not in a transaction of {@link #tx} on this thread
     */
    static void afterCommit(EntityManager em, Runnable action) {
        frame(em).afterCommit.add(action);
    }

    /** Notes that the transaction of {@code em} holds an audit entry of a change (an audited read is not one). */
    static void audited(EntityManager em) {
        frame(em).audited = true;
    }

    /**
     * Notes what the innermost transaction on this thread changes. EclipseLink calls this on the thread that flushes
     * or commits, and only the innermost open transaction's work runs there.
     */
    static void changed(Collection<String> what) {
        Frame f = OPEN.get().peekLast();
        (f != null ? f.changed : OUTSIDE.get()).addAll(what);
    }

    /** What a transaction begun beside {@link #tx} on this thread (an entity manager of {@link #read}) changed. */
    private static final ThreadLocal<Set<String>> OUTSIDE = ThreadLocal.withInitial(TreeSet::new);

    /**
     * @throws UnauditedChange when the innermost transaction on this thread changed data without an audit entry, or
     *                         a transaction begun beside {@link #tx} (which cannot hold one) changed any
     */
    static void refuseUnaudited() {
        Frame f = OPEN.get().peekLast();
        Set<String> outside = OUTSIDE.get();
        if (!outside.isEmpty()) {
            Set<String> changed = new TreeSet<>(outside);
            outside.clear();
            throw new UnauditedChange(changed);
        }
        if (f != null && !f.audited && !f.changed.isEmpty()) {
            throw new UnauditedChange(f.changed);
        }
    }

    @Override
    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        Frame frame = new Frame(em, config);
        OUTSIDE.get().clear(); // what a transaction beside this one left uncommitted is not this one's
        OPEN.get().addLast(frame);
        T result;
        try {
            tx.begin();
            result = work.apply(em);
            tx.commit();
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw UnauditedChange.in(e);
        } finally {
            OPEN.get().removeLastOccurrence(frame);
            em.close();
        }
        frame.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
