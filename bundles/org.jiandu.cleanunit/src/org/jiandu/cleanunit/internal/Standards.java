package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;

import jakarta.persistence.EntityManager;

/**
 * The indicator sets (评价标准) creations are scored against: the shipped defaults, the city's and each county's
 * published versions, and which one is in force where.
 */
final class Standards {

    private final CleanUnitContext ctx;

    /** Parsed standards by id: published versions never change, so they are parsed once. */
    private final Map<Long, IndicatorSet> parsed = new ConcurrentHashMap<>();

    /** The database whose default standards are known to be there (checked once per opened database, not per call). */
    private volatile Database shipped;

    Standards(CleanUnitContext ctx) {
        this.ctx = ctx;
    }

    /** Ships version 1 of each kind's default standard the first time the module opens a database, audited with it. */
    void ensureDefaults() {
        Database db = ctx.db();
        if (db == shipped) {
            return;
        }
        db.txRun(em -> {
            for (CleanUnitKind k : CleanUnitKind.values()) {
                if (em.createQuery("select count(s) from CuStandard s where s.kind = :k", Long.class).setParameter("k", k)
                        .getSingleResult() == 0) {
                    IndicatorSet set = IndicatorSetFormat.parse(k, defaultText(k));
                    if (!set.problems().isEmpty()) {
                        throw new IllegalStateException("shipped standard " + k + ": " + set.problems());
                    }
                    IndicatorSet shipped = set.withVersion(1, Subject.SYSTEM, Instant.now());
                    persist(em, shipped);
                    ctx.audit.append(em, Subject.SYSTEM, AuditLog.CHANGE, "cleanunit-standard:" + k + "/1@city", shipped.title()
                            + ", " + shipped.indicators().size() + " indicators, pass " + shipped.passLine() + " (shipped default)");
                }
            }
        });
        shipped = db;
    }

    static String defaultText(CleanUnitKind k) {
        try (InputStream in = Standards.class.getClassLoader().getResourceAsStream("standards/" + k.name() + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("the module has no default standard for " + k);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Standard persist(EntityManager em, IndicatorSet set) {
        Standard s = new Standard();
        s.kind = set.kind();
        s.versionNo = set.version();
        s.title = set.title();
        s.content = IndicatorSetFormat.write(set);
        s.createdBy = set.createdBy();
        s.createdAt = set.createdAt();
        em.persist(s);
        return s;
    }

    IndicatorSet set(Standard s) {
        return parsed.computeIfAbsent(s.id, id -> IndicatorSetFormat.parse(s.kind, s.content).withVersion(s.versionNo, s.createdBy,
                s.createdAt));
    }

    IndicatorSet set(EntityManager em, long standardId) {
        IndicatorSet cached = parsed.get(standardId);
        return cached != null ? cached : set(em.find(Standard.class, standardId));
    }

    /** The city's current standard of a kind (the one every county uses that has none of its own). */
    private static Standard currentEntity(EntityManager em, CleanUnitKind kind) {
        return currentEntity(em, kind, null);
    }

    /**
     * The standard in force at {@code path}: the newest of its county's own versions, else the newest of the city's
     * (owner null). A null path is the city's.
     */
    static Standard currentEntity(EntityManager em, CleanUnitKind kind, String path) {
        Standard best = null;
        for (Standard s : em.createQuery("select s from CuStandard s where s.kind = :k order by s.versionNo desc", Standard.class)
                .setParameter("k", kind).getResultList()) {
            boolean covers = s.ownerPath == null || (path != null && path.startsWith(s.ownerPath));
            if (covers && (best == null || depth(s) > depth(best))) {
                best = s;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no standard for " + kind);
        }
        return best;
    }

    private static int depth(Standard s) {
        return s.ownerPath == null ? 0 : s.ownerPath.length();
    }

    /**
     * What a subject's published standard belongs to: their county (its path), or the city (null) when their scope is
     * the city; a scope below a county publishes none.
     */
    private static String ownerFor(Subject s) {
        String[] parts = s.scopePath().split("/");
        long depth = Arrays.stream(parts).filter(p -> !p.isEmpty()).count();
        if (depth > 2) {
            throw new AccessDeniedException(CuMessages.bind(CuMessages.county_only, CuMessages.publish_standard));
        }
        return depth <= 1 ? null : s.scopePath();
    }

    List<IndicatorSet> standards(CleanUnitKind kind) {
        ensureDefaults();
        return ctx.db().read(em -> em.createQuery("select s from CuStandard s where s.kind = :k order by s.versionNo desc",
                Standard.class).setParameter("k", kind).getResultList().stream().map(this::set).toList());
    }

    IndicatorSet currentStandard(CleanUnitKind kind) {
        ensureDefaults();
        return ctx.db().read(em -> set(currentEntity(em, kind)));
    }

    IndicatorSet currentStandard(Subject subject, CleanUnitKind kind) {
        ensureDefaults();
        return ctx.db().read(em -> set(currentEntity(em, kind, subject.scopePath())));
    }

    Optional<IndicatorSet> standard(CleanUnitKind kind, int version) {
        return standards(kind).stream().filter(s -> s.version() == version).findFirst();
    }

    IndicatorSet publishStandard(Subject subject, IndicatorSet draft) {
        CleanUnitRoles.requireCounty(subject, CuMessages.publish_standard);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.standard_refused, String.join("; ", problems)));
        }
        String owner = ownerFor(subject);
        ensureDefaults();
        IndicatorSet published = ctx.db().tx(em -> {
            // version numbers run per kind over every owner, so a version number names one standard
            int next = em.createQuery("select max(s.versionNo) from CuStandard s where s.kind = :k", Integer.class)
                    .setParameter("k", draft.kind()).getSingleResult() + 1;
            IndicatorSet s = draft.withVersion(next, subject.username(), Instant.now());
            persist(em, s).ownerPath = owner;
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit-standard:" + draft.kind() + "/" + s.version() + "@"
                    + (owner == null ? "city" : owner), s.title() + ", " + s.indicators().size() + " indicators, pass " + s.passLine());
            return s;
        });
        return published;
    }
}
