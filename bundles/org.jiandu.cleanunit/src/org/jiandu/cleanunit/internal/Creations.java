package org.jiandu.cleanunit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.core.security.Subject;

import jakarta.persistence.EntityManager;

/** Reading creations in the subject's scope, as views that name the demonstration site each one follows. */
final class Creations {

    private final CleanUnitContext ctx;

    Creations(CleanUnitContext ctx) {
        this.ctx = ctx;
    }

    static CreationView view(Creation c, Map<Long, String> siteNames) {
        return new CreationView(c.id, c.version, c.unitCode, c.unitName, c.kind, c.groupCode, c.groupName, c.orgPath, c.status, c.tier,
                c.declaredOn, c.statusSince, c.site, c.siteId == null ? 0 : c.siteId,
                c.siteId == null ? null : siteNames.get(c.siteId), c.latestTotal == null ? Double.NaN : c.latestTotal, c.latestPassed,
                c.lastMonitored, c.openEvents);
    }

    /** Views of the creations, with the names of the sites they follow read in one query. */
    static List<CreationView> views(EntityManager em, List<Creation> list) {
        Set<Long> ids = list.stream().filter(c -> c.siteId != null).map(c -> c.siteId).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select c.id, c.unitName from CuCreation c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return list.stream().map(c -> view(c, names)).toList();
    }

    List<CreationView> creations(Subject subject, CreationFilter f) {
        StringBuilder q = new StringBuilder("select c from CuCreation c where c.orgPath like :p");
        Map<String, Object> params = new HashMap<>();
        params.put("p", CleanUnitContext.like(subject));
        if (f.kind() != null) {
            q.append(" and c.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.status() != null) {
            q.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.groupCode() != null && !f.groupCode().isBlank()) {
            q.append(" and c.groupCode = :group");
            params.put("group", f.groupCode());
        }
        if (f.text() != null && !f.text().isBlank()) {
            q.append(" and (c.unitName like :t or c.unitCode like :t)");
            params.put("t", "%" + f.text().strip() + "%");
        }
        q.append(" order by c.groupCode, c.kind, c.unitCode");
        return ctx.db().read(em -> {
            var query = em.createQuery(q.toString(), Creation.class).setMaxResults(Math.max(1, f.max()));
            params.forEach(query::setParameter);
            return views(em, query.getResultList());
        });
    }

    Optional<CreationView> creation(Subject subject, long id) {
        return ctx.db().read(em -> {
            Creation c = em.find(Creation.class, id);
            return c == null || !subject.covers(c.orgPath) ? Optional.<CreationView> empty() : Optional.of(views(em, List.of(c)).get(0));
        });
    }

    List<CreationView> creationsOf(Subject subject, String unitCode) {
        return ctx.db().read(em -> views(em, em.createQuery("select c from CuCreation c where c.unitCode = :u and c.orgPath like :p"
                + " order by c.kind", Creation.class).setParameter("u", unitCode).setParameter("p", CleanUnitContext.like(subject))
                .getResultList()));
    }
}
