package org.jiandu.persistence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.servicelocator.ServiceLocator;

/**
 * Finds Liquibase's plug-ins (change types, databases, parsers) by reading its {@code META-INF/services} files
 * through its own bundle class loader. Liquibase's default lookup goes through {@code ServiceLoader}, which SPI
 * Fly rewrites inside OSGi and which then finds none of the change types; this reads the same files directly.
 */
final class LiquibaseServiceLocator implements ServiceLocator {

    private static final Logger LOG = Logger.getLogger(LiquibaseServiceLocator.class.getName());

    private final ClassLoader loader;
    private final Map<Class<?>, List<Class<?>>> cache = new ConcurrentHashMap<>();

    LiquibaseServiceLocator(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public <T> List<T> findInstances(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Class<?> c : cache.computeIfAbsent(type, this::classesOf)) {
            try {
                out.add(type.cast(c.getDeclaredConstructor().newInstance()));
            } catch (ReflectiveOperationException | LinkageError e) {
                // an optional plug-in whose library is not installed (e.g. CSV loading without opencsv)
                LOG.log(Level.FINE, "skipping Liquibase service " + c.getName(), e);
            }
        }
        return out;
    }

    private List<Class<?>> classesOf(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + type.getName());
            while (files.hasMoreElements()) {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null;) {
                        int hash = line.indexOf('#');
                        String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Liquibase service files for " + type.getName(), e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (type.isAssignableFrom(c)) {
                    classes.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(Level.FINE, "skipping Liquibase service " + name, e);
            }
        }
        return classes;
    }
}
