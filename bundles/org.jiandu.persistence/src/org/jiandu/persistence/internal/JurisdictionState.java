package org.jiandu.persistence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.model.AuthorizedPost;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Secondment;

import jakarta.persistence.EntityManager;

/**
 * A county's jurisdiction as the database holds it, loaded once (a few queries, managed by the caller's entity
 * manager) for checking a workbook, computing its difference and applying it: the county and every node below it,
 * its cadres (also those who left), authorised posts and latest secondments, and the codes used elsewhere in the
 * installation (codes are unique across it).
 */
final class JurisdictionState {

    final OrgNode county;
    /** The county and every node below it, by code, in path order (parents before children). */
    final Map<String, OrgNode> nodes = new LinkedHashMap<>();
    final Map<String, Cadre> cadres = new LinkedHashMap<>();
    /** Township code → post title → posts. */
    final Map<String, Map<String, List<AuthorizedPost>>> posts = new HashMap<>();
    /** Cadre id → the post the cadre holds. */
    final Map<Long, AuthorizedPost> heldPosts = new HashMap<>();
    /** Cadre id → the secondment that started last. */
    final Map<Long, Secondment> latestSecondment = new HashMap<>();
    /** Node codes outside the county → "level name". */
    final Map<String, String> foreignNodes = new HashMap<>();
    /** Cadre codes outside the county → name. */
    final Map<String, String> foreignCadres = new HashMap<>();

    JurisdictionState(EntityManager em, OrgNode county) {
        this.county = county;
        String p = county.getPath() + "%";
        for (OrgNode n : em.createQuery("select o from OrgNode o where o.path like :p order by o.path", OrgNode.class)
                .setParameter("p", p).getResultList()) {
            nodes.put(n.getCode(), n);
        }
        for (Object[] row : em.createQuery("select o.code, o.name, o.path from OrgNode o where o.path not like :p",
                Object[].class).setParameter("p", p).getResultList()) {
            foreignNodes.put((String) row[0], row[1] + " " + row[2]);
        }
        for (Cadre c : em.createQuery("select c from Cadre c join fetch c.org where c.org.path like :p order by c.code",
                Cadre.class).setParameter("p", p).getResultList()) {
            cadres.put(c.getCode(), c);
        }
        for (Object[] row : em.createQuery("select c.code, c.name from Cadre c where c.org.path not like :p",
                Object[].class).setParameter("p", p).getResultList()) {
            foreignCadres.put((String) row[0], (String) row[1]);
        }
        for (AuthorizedPost a : em.createQuery("select a from AuthorizedPost a where a.township.path like :p order by a.id",
                AuthorizedPost.class).setParameter("p", p).getResultList()) {
            posts.computeIfAbsent(a.getTownship().getCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.getTitle(), k -> new ArrayList<>()).add(a);
            if (a.getHolder() != null) {
                heldPosts.put(a.getHolder().getId(), a);
            }
        }
        for (Secondment s : em.createQuery("select s from Secondment s where s.cadre.org.path like :p", Secondment.class)
                .setParameter("p", p).getResultList()) {
            latestSecondment.merge(s.getCadre().getId(), s, (a, b) -> Comparator.comparing(Secondment::getStart)
                    .thenComparing(Secondment::getId).compare(a, b) >= 0 ? a : b);
        }
    }

    /** Nodes strictly below the county. */
    List<OrgNode> below() {
        return nodes.values().stream().filter(n -> n != county).toList();
    }
}
