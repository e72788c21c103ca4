package org.jiandu.cleanunit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.SiteView;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;

/** Demonstration sites (示范点): titled creations the county names, and the creations of their kind that follow them. */
final class DemonstrationSites {

    private final CleanUnitContext ctx;
    private final Creations creations;

    DemonstrationSites(CleanUnitContext ctx, Creations creations) {
        this.ctx = ctx;
        this.creations = creations;
    }

    void setSite(Subject subject, long creationId, boolean site) {
        CleanUnitRoles.requireCounty(subject, CuMessages.site_action);
        ctx.db().txRun(em -> {
            Creation c = CleanUnitContext.creation(em, subject, creationId);
            if (site && c.status != CreationStatus.PUBLISHED) {
                throw new WorkflowException(CuMessages.bind(CuMessages.site_needs_title, c.unitName, c.status.label()));
            }
            c.site = site;
            if (!site) {
                em.createQuery("update CuCreation c set c.siteId = null, c.version = c.version + 1 where c.siteId = :s")
                        .setParameter("s", c.id).executeUpdate();
            } else {
                c.siteId = null;
            }
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, site ? "made a demonstration site"
                    : "no longer a demonstration site");
        });
    }

    void follow(Subject subject, long creationId, long siteId) {
        CleanUnitRoles.requireCounty(subject, CuMessages.site_action);
        ctx.db().txRun(em -> {
            Creation c = CleanUnitContext.creation(em, subject, creationId);
            if (siteId == 0) {
                c.siteId = null;
                ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, "follows no site");
                return;
            }
            Creation s = CleanUnitContext.creation(em, subject, siteId);
            if (!s.site) {
                throw new WorkflowException(CuMessages.bind(CuMessages.not_site, s.unitName));
            }
            if (s.kind != c.kind || s.id == c.id) {
                throw new WorkflowException(CuMessages.bind(CuMessages.site_kind, s.kind.label()));
            }
            c.siteId = s.id;
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, "follows site " + siteId);
        });
    }

    List<SiteView> sites(Subject subject, CleanUnitKind kind) {
        List<CreationView> all = creations.creations(subject, new CreationFilter(kind, null, null, null, Integer.MAX_VALUE));
        Map<Long, List<CreationView>> followers = all.stream().filter(c -> c.siteId() != 0).collect(Collectors.groupingBy(
                CreationView::siteId, LinkedHashMap::new, Collectors.toList()));
        return all.stream().filter(CreationView::site).map(s -> new SiteView(s, followers.getOrDefault(s.id(), List.of()))).toList();
    }
}
