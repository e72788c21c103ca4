package org.jiandu.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.TownshipStaffing;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Rank;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.ScopeService;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

@Component(service = OrgService.class)
public class JpaOrgService implements OrgService {

    @Reference
    Database db;

    @Reference
    ScopeService scope;

    @Override
    public OrgStats stats(Subject subject, String rootCode) {
        return db.read(em -> {
            String p = effectivePath(em, subject, rootCode) + "%";
            LocalDate today = LocalDate.now();
            return new OrgStats(
                    count(em, "select count(o) from County o where o.path like :p and o.closedOn is null", p),
                    count(em, "select count(o) from Township o where o.path like :p and o.closedOn is null", p),
                    count(em, "select count(o) from Village o where o.path like :p and o.closedOn is null", p),
                    count(em, "select count(o) from Unit o where o.path like :p and o.closedOn is null", p),
                    count(em, "select count(c) from Cadre c where c.active = true and c.org.path like :p", p),
                    count(em, "select count(a) from AuthorizedPost a where a.township.path like :p and a.township.closedOn is null", p),
                    count(em, "select count(a) from AuthorizedPost a where a.holder is null and a.township.path like :p"
                            + " and a.township.closedOn is null", p),
                    secondedIds(em, p, today).size());
        });
    }

    private static long count(EntityManager em, String jpql, String pathPattern) {
        return em.createQuery(jpql, Long.class).setParameter("p", pathPattern).getSingleResult();
    }

    /** Ids of active cadres below the path who are away on a secondment longer than three months today. */
    private static Set<Long> secondedIds(EntityManager em, String pathPattern, LocalDate today) {
        List<Long> ids = em.createQuery("select distinct s.cadre.id from Secondment s where s.cadre.org.path like :p"
                + " and s.cadre.active = true and s.start < :cut and (s.end is null or s.end >= :today)", Long.class)
                .setParameter("p", pathPattern).setParameter("cut", today.minusMonths(3)).setParameter("today", today)
                .getResultList();
        return new HashSet<>(ids);
    }

    /**
     * The path a query may cover: the requested node when it is in scope, the subject's own scope when the node
     * is above it (a township user asking for the county sees the township), refused otherwise.
     */
    private String effectivePath(EntityManager em, Subject subject, String code) {
        if (code == null) {
            return subject.scopePath();
        }
        OrgNode node = node(em, code);
        if (subject.covers(node.getPath())) {
            return node.getPath();
        }
        if (subject.scopePath().startsWith(node.getPath())) {
            return subject.scopePath();
        }
        scope.checkRead(subject, node);
        return node.getPath(); // not reached
    }

    private static OrgNode node(EntityManager em, String code) {
        return em.createQuery("select o from OrgNode o where o.code = :c", OrgNode.class).setParameter("c", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no organisation with code '" + code + "'"));
    }

    @Override
    public OrgNodeView root(Subject subject) {
        return db.read(em -> {
            OrgNode n = em.createQuery("select o from OrgNode o where o.path = :p", OrgNode.class)
                    .setParameter("p", subject.scopePath()).getResultStream().findFirst()
                    .orElseThrow(() -> new AccessDeniedException(NLS.bind(SecurityMessages.denied_scope_gone, subject.scopeName())));
            return views(em, List.of(n)).get(0);
        });
    }

    @Override
    public Optional<OrgNodeView> find(Subject subject, String code) {
        return db.read(em -> em.createQuery("select o from OrgNode o where o.code = :c", OrgNode.class)
                .setParameter("c", code).getResultStream().filter(n -> scope.canSee(subject, n)).findFirst()
                .map(n -> views(em, List.of(n)).get(0)));
    }

    @Override
    public List<OrgNodeView> children(Subject subject, String code) {
        return db.read(em -> {
            OrgNode parent = node(em, code);
            scope.checkRead(subject, parent);
            List<OrgNode> kids = new ArrayList<>(em.createQuery(
                    "select o from OrgNode o where o.parent = :p order by o.code", OrgNode.class)
                    .setParameter("p", parent).getResultList());
            kids.sort(Comparator.comparing(OrgNode::isClosed)); // closed ones after the open ones
            return views(em, kids);
        });
    }

    @Override
    public List<OrgNodeView> search(Subject subject, String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return db.read(em -> views(em, em.createQuery(
                "select o from OrgNode o where o.path like :p and (o.name like :t or o.code like :t) order by o.path",
                OrgNode.class).setParameter("p", subject.scopePath() + "%")
                .setParameter("t", "%" + escapeLike(text.trim()) + "%").setMaxResults(max).getResultList()));
    }

    private static String escapeLike(String s) {
        return s.replace("%", "").replace("_", "");
    }

    private static List<OrgNodeView> views(EntityManager em, List<OrgNode> nodes) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!nodes.isEmpty()) {
            for (Object[] row : em.createQuery("select o.parent.id, count(o) from OrgNode o where o.parent in :ps"
                    + " group by o.parent.id", Object[].class).setParameter("ps", nodes).getResultList()) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return nodes.stream().map(n -> new OrgNodeView(n.getId(), n.getCode(), n.getName(), n.getLevel(), n.getPath(),
                counts.getOrDefault(n.getId(), 0), n.getUnitKind(), n.getClosedOn())).toList();
    }

    @Override
    public List<CadreView> cadres(Subject subject, String code, int max) {
        return db.tx(em -> {
            String p = effectivePath(em, subject, code) + "%";
            Set<Long> seconded = secondedIds(em, p, LocalDate.now());
            List<CadreView> list = em.createQuery("select c from Cadre c join fetch c.org where c.org.path like :p order by c.code",
                    Cadre.class).setParameter("p", p).setMaxResults(max).getResultList().stream()
                    .map(c -> view(c, seconded.contains(c.getId()))).toList();
            auditRead(em, subject, "cadres:" + code, list.size() + " records");
            return list;
        });
    }

    @Override
    public Optional<CadreView> cadre(Subject subject, String cadreCode) {
        return db.tx(em -> {
            Optional<CadreView> c = em.createQuery("select c from Cadre c join fetch c.org where c.code = :code", Cadre.class)
                    .setParameter("code", cadreCode).getResultStream().findFirst()
                    .filter(x -> subject.covers(x.getOrg().getPath()))
                    .map(x -> view(x, secondedIds(em, x.getOrg().getPath(), LocalDate.now()).contains(x.getId())));
            if (c.isPresent()) {
                auditRead(em, subject, "cadre:" + cadreCode, null);
            }
            return c;
        });
    }

    /**
     * Cadre records are personal data: a person's read is audited with it. Generated-data loads and the modules'
     * own bookkeeping run as {@code system} and are not reads by anyone.
     */
    private static void auditRead(jakarta.persistence.EntityManager em, Subject subject, String target, String detail) {
        if (!subject.isSystem()) {
            JpaAuditLog.appendIn(em, subject.username(), AuditLog.READ, target, detail);
        }
    }

    private static CadreView view(Cadre c, boolean seconded) {
        return new CadreView(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getOrg().getCode(),
                c.getOrg().getName(), c.getRank(), c.getRole(), c.getSince(), seconded, c.getOrg().getPath(), c.isActive());
    }

    @Override
    public CadreView updateCadre(Subject subject, long cadreId, long expectedVersion, String name, Rank rank,
            CadreRole role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a cadre needs a name");
        }
        try {
            return db.tx(em -> {
                Cadre c = em.find(Cadre.class, cadreId);
                if (c == null) {
                    throw new IllegalArgumentException("no cadre with id " + cadreId);
                }
                if (!subject.role().canEditCadres()) {
                    throw new AccessDeniedException(SecurityMessages.denied_cadres);
                }
                scope.checkEdit(subject, c.getOrg());
                if (c.getVersion() != expectedVersion) {
                    throw stale(c);
                }
                String before = c.getName() + "/" + c.getRank() + "/" + c.getRole();
                c.setName(name.trim());
                c.setRank(rank);
                c.setRole(role);
                em.flush();
                JpaAuditLog.appendIn(em, subject.username(), AuditLog.CHANGE, "cadre:" + c.getCode(),
                        before + " -> " + c.getName() + "/" + rank + "/" + role);
                return view(c, false);
            });
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new StaleDataException("Someone else changed this cadre while you were editing it. Reload and try again.");
            }
            throw e;
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new StaleDataException("Someone else changed this cadre while you were editing it. Reload and try again.");
            }
            throw e;
        }
    }

    private static StaleDataException stale(Cadre c) {
        return new StaleDataException("Someone else changed cadre " + c.getName() + " (" + c.getCode()
                + ") while you were editing it. Reload and try again.");
    }

    @Override
    public List<TownshipStaffing> staffing(Subject subject, String code) {
        return db.read(em -> {
            String p = effectivePath(em, subject, code) + "%";
            List<OrgNode> townships = em.createQuery("select o from Township o where o.path like :p and o.closedOn is null order by o.code",
                    OrgNode.class).setParameter("p", p).getResultList();
            Map<Long, Long> posts = grouped(em, "select a.township.id, count(a) from AuthorizedPost a"
                    + " where a.township.path like :p group by a.township.id", p);
            Map<Long, Long> vacant = grouped(em, "select a.township.id, count(a) from AuthorizedPost a"
                    + " where a.holder is null and a.township.path like :p group by a.township.id", p);
            Map<Long, Long> villages = grouped(em, "select v.parent.id, count(v) from Village v where v.path like :p"
                    + " and v.closedOn is null group by v.parent.id", p);
            Map<Long, Long> cadres = grouped(em, "select c.org.id, count(c) from Cadre c where c.active = true"
                    + " and c.org.path like :p group by c.org.id", p);
            Set<Long> seconded = secondedIds(em, p, LocalDate.now());
            Map<Long, Long> secondedByOrg = new HashMap<>();
            if (!seconded.isEmpty()) {
                for (Cadre c : em.createQuery("select c from Cadre c where c.id in :ids", Cadre.class)
                        .setParameter("ids", seconded).getResultList()) {
                    secondedByOrg.merge(c.getOrg().getId(), 1L, Long::sum);
                }
            }
            return townships.stream().map(t -> {
                int total = posts.getOrDefault(t.getId(), 0L).intValue();
                int open = vacant.getOrDefault(t.getId(), 0L).intValue();
                return new TownshipStaffing(t.getCode(), t.getName(), total, total - open, open,
                        secondedByOrg.getOrDefault(t.getId(), 0L).intValue(), villages.getOrDefault(t.getId(), 0L).intValue(),
                        cadres.getOrDefault(t.getId(), 0L).intValue());
            }).toList();
        });
    }

    private static Map<Long, Long> grouped(EntityManager em, String jpql, String p) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("p", p).getResultList()) {
            m.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return m;
    }

}
