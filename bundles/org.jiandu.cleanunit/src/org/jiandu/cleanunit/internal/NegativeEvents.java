package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.NegativeEvent;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;

import jakarta.persistence.EntityManager;

/**
 * Negative events (负面事件) against a creation: recorded by the county, raised by scoring, or by a case filed against
 * the unit or its cadre's family. An open event puts a title under review and holds up notice and publication.
 */
final class NegativeEvents {

    private final CleanUnitContext ctx;

    NegativeEvents(CleanUnitContext ctx) {
        this.ctx = ctx;
    }

    /** Records an event; a published title goes under review, an unpublished creation cannot be noticed or published. */
    static Event raise(EntityManager em, Creation c, String source, String reference, String description, LocalDate on, String by,
            Instant recordedAt) {
        Event e = new Event();
        e.creationId = c.id;
        e.source = source;
        e.reference = reference;
        e.description = description;
        e.occurredOn = on;
        e.recordedAt = recordedAt;
        em.persist(e);
        c.openEvents++;
        if (c.status == CreationStatus.PUBLISHED) {
            LocalDate since = on.isBefore(c.statusSince) ? c.statusSince : on; // never before the title was given
            CreationWorkflow.record(em, c, CreationAction.SUSPEND.name(), c.status, CreationStatus.UNDER_REVIEW,
                    CuMessages.bind(CuMessages.event_reason, description), by, since, recordedAt);
            c.status = CreationStatus.UNDER_REVIEW;
            c.statusSince = since;
        }
        return e;
    }

    private static NegativeEvent view(Event e) {
        return new NegativeEvent(e.id, e.creationId, e.source, e.reference, e.description, e.occurredOn, e.resolved);
    }

    List<NegativeEvent> negativeEvent(Subject subject, String unitCode, String source, String reference, String description,
            LocalDate on) {
        CleanUnitRoles.requireCounty(subject, CuMessages.record_event);
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.needs_reason, CuMessages.record_event));
        }
        LocalDate day = CreationWorkflow.effective(on);
        String src = source == null || source.isBlank() ? "MANUAL" : source.strip().toUpperCase(Locale.ROOT);
        List<NegativeEvent> out = ctx.db().tx(em -> {
            List<Creation> hit = em.createQuery("select c from CuCreation c where c.unitCode = :u and c.orgPath like :p", Creation.class)
                    .setParameter("u", unitCode).setParameter("p", CleanUnitContext.like(subject)).getResultList();
            if (hit.isEmpty()) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_unit, unitCode));
            }
            List<NegativeEvent> raised = hit.stream().map(c -> view(raise(em, c, src, reference, description.strip(), day,
                    subject.username(), Instant.now()))).toList();
            raised.forEach(e -> ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + e.creationId(), "negative event " + src
                    + " " + (reference == null ? "" : reference)));
            return raised;
        });
        return out;
    }

    /**
     * A filed case: every creation of the organisation the case belongs to, and the family of the cadre it concerns
     * (matched by name under that organisation), gets a negative event once per case number.
     *
     * @return how many creations got a new event
     */
    int reviewAfterCase(Subject subject, String orgCode, String caseNo, String subjectName, LocalDate filedOn) {
        OrgNodeView org = ctx.orgs.find(Subject.system("/"), orgCode).orElse(null);
        if (org == null) {
            return 0;
        }
        String description = CuMessages.bind(CuMessages.case_event, caseNo, subjectName == null ? "" : subjectName);
        LocalDate day = filedOn == null || filedOn.isAfter(LocalDate.now()) ? LocalDate.now() : filedOn;
        List<Long> touched = ctx.db().tx(em -> {
            List<Creation> hit = new ArrayList<>(em.createQuery("select c from CuCreation c where c.unitCode = :u and c.kind <> :f",
                    Creation.class).setParameter("u", orgCode).setParameter("f", CleanUnitKind.FAMILY).getResultList());
            if (subjectName != null && !subjectName.isBlank()) {
                hit.addAll(em.createQuery("select c from CuCreation c where c.kind = :f and c.unitName = :n and c.orgPath like :p",
                        Creation.class).setParameter("f", CleanUnitKind.FAMILY).setParameter("n", subjectName.strip() + Unit.FAMILY_SUFFIX)
                        .setParameter("p", org.path() + "%").getResultList());
            }
            List<Long> ids = new ArrayList<>();
            for (Creation c : hit) {
                boolean known = em.createQuery("select count(e) from CuEvent e where e.creationId = :c and e.source = 'CASE'"
                        + " and e.reference = :r", Long.class).setParameter("c", c.id).setParameter("r", caseNo).getSingleResult() > 0;
                if (!known && c.status != CreationStatus.REVOKED) {
                    raise(em, c, "CASE", caseNo, description, day.isBefore(c.declaredOn) ? c.declaredOn : day, subject.username(),
                            Instant.now());
                    ids.add(c.id);
                }
            }
            ids.forEach(id -> ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + id, "negative event CASE " + caseNo));
            return ids;
        });
        return touched.size();
    }

    List<NegativeEvent> events(Subject subject, long creationId) {
        return ctx.db().read(em -> {
            CleanUnitContext.creation(em, subject, creationId);
            return em.createQuery("select e from CuEvent e where e.creationId = :c order by e.id", Event.class).setParameter("c",
                    creationId)
                    .getResultStream().map(NegativeEvents::view).toList();
        });
    }
}
