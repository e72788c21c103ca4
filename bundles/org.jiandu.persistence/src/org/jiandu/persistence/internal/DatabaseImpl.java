package org.jiandu.persistence.internal;

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

    DatabaseImpl(EntityManagerFactory emf, DatabaseConfig config, String productName) {
        this.emf = emf;
        this.config = config;
        this.productName = productName;
    }

    @Override
    public EntityManagerFactory emf() {
        return emf;
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public String productName() {
        return productName;
    }

    @Override
    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
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
