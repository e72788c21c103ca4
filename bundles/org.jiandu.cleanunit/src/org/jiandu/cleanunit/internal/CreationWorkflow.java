package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.TransitionView;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;

import jakarta.persistence.EntityManager;

/**
 * A creation's way from declaration to title: declaring, each step of the status graph with the rules beyond it,
 * and the recorded history of steps.
 */
final class CreationWorkflow {

    private final CleanUnitContext ctx;
    private final Standards standards;
    private final Units units;

    CreationWorkflow(CleanUnitContext ctx, Standards standards, Units units) {
        this.ctx = ctx;
        this.standards = standards;
        this.units = units;
    }

    /** The day a step takes effect: the given one (today when none), never in the future. */
    static LocalDate effective(LocalDate on) {
        LocalDate d = on == null ? LocalDate.now() : on;
        if (d.isAfter(LocalDate.now())) {
            throw new WorkflowException(CuMessages.bind(CuMessages.future_date, d));
        }
        return d;
    }

    CreationView declare(Subject subject, String unitCode, CleanUnitKind kind, LocalDate on) {
        CleanUnitRoles.requireUnitSide(subject);
        LocalDate day = effective(on);
        Unit u = units.resolve(subject, unitCode, kind);
        standards.ensureDefaults();
        CreationView v = ctx.db().tx(em -> {
            Creation old = em.createQuery("select c from CuCreation c where c.unitCode = :u and c.kind = :k", Creation.class)
                    .setParameter("u", u.code()).setParameter("k", kind).getResultStream().findFirst().orElse(null);
            if (old != null) {
                throw new WorkflowException(CuMessages.bind(CuMessages.already_declared, u.name(), kind.label(), old.status.label()));
            }
            Creation c = declared(em, u, kind, day, subject.username(), Instant.now());
            em.flush();
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + c.id, "declared " + u.code() + " " + kind);
            return Creations.view(c, Map.of());
        });
        return v;
    }

    /** A new creation of a unit, declared on the day, with its first step of history (the demo declares through this too). */
    static Creation declared(EntityManager em, Unit u, CleanUnitKind kind, LocalDate day, String by, Instant recordedAt) {
        Creation c = new Creation();
        c.unitCode = u.code();
        c.unitName = u.name();
        c.kind = kind;
        c.groupCode = u.groupCode();
        c.groupName = u.groupName();
        c.orgPath = u.path();
        c.status = CreationStatus.DECLARED;
        c.declaredOn = day;
        c.statusSince = day;
        c.cycle = 1;
        em.persist(c); // the sequence gives the id now
        record(em, c, "DECLARE", null, CreationStatus.DECLARED, null, by, day, recordedAt);
        return c;
    }

    /** One step of the history; the demo writes its dated histories through this too. */
    static void record(EntityManager em, Creation c, String action, CreationStatus from, CreationStatus to, String reason, String by,
            LocalDate on, Instant recordedAt) {
        Transition t = new Transition();
        t.creationId = c.id;
        t.action = action;
        t.from = from;
        t.to = to;
        t.reason = reason;
        t.by = by;
        t.on = on;
        t.recordedAt = recordedAt;
        em.persist(t);
    }

    CreationView transition(Subject subject, long creationId, long expectedVersion, CreationAction action, String reason,
            LocalDate on) {
        if (action.countyOnly()) {
            CleanUnitRoles.requireCounty(subject, action.label());
        } else {
            CleanUnitRoles.requireUnitSide(subject);
        }
        LocalDate day = effective(on);
        String why = reason == null ? null : reason.strip();
        if (action.needsReason() && (why == null || why.isEmpty())) {
            throw new WorkflowException(CuMessages.bind(CuMessages.needs_reason, action.label()));
        }
        CreationView v = ctx.db().tx(em -> {
            Creation c = CleanUnitContext.creation(em, subject, creationId);
            if (expectedVersion >= 0 && c.version != expectedVersion) {
                throw new StaleDataException(CuMessages.bind(CuMessages.stale, c.unitName));
            }
            if (!action.from().contains(c.status)) {
                throw new WorkflowException(CuMessages.bind(CuMessages.not_from, action.label(), c.status.label(),
                        action.from().stream().map(CreationStatus::label).collect(Collectors.joining(CuMessages.sep))));
            }
            if (day.isBefore(c.statusSince)) {
                throw new WorkflowException(CuMessages.bind(CuMessages.before_last, day, c.statusSince));
            }
            check(em, c, action, day);
            CreationStatus from = c.status;
            apply(em, c, action, day);
            record(em, c, action.name(), from, c.status, why, subject.username(), day, Instant.now());
            em.flush();
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, action + " → " + c.status
                    + (why == null ? "" : " (" + why + ")"));
            return Creations.views(em, List.of(c)).get(0);
        });
        return v;
    }

    /** The rules beyond the status graph: what must exist before a step may be taken. */
    private void check(EntityManager em, Creation c, CreationAction action, LocalDate day) {
        switch (action) {
            case SELF_ASSESS -> {
                if (latest(em, c, EvaluationStage.SELF) == null) {
                    throw new WorkflowException(CuMessages.needs_self);
                }
            }
            case REVIEW -> {
                Evaluation self = latest(em, c, EvaluationStage.SELF);
                IndicatorSet set = self == null ? standards.set(Standards.currentEntity(em, c.kind, c.orgPath))
                        : standards.set(em, self.standardId);
                Set<String> filed = new TreeSet<>(em.createQuery("select e.indicator from CuEvidence e where e.creationId = :c",
                        String.class)
                        .setParameter("c", c.id).getResultList());
                List<String> missing = set.indicators().stream().filter(i -> i.needsEvidence() && !filed.contains(i.code()))
                        .map(i -> i.code() + " " + i.evidence()).toList();
                if (!missing.isEmpty()) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.missing_evidence, String.join(CuMessages.sep, missing)));
                }
            }
            case VERIFY -> {
                Evaluation onSite = latest(em, c, EvaluationStage.ON_SITE);
                if (onSite == null) {
                    throw new WorkflowException(CuMessages.needs_onsite);
                }
                if (!onSite.passed) {
                    IndicatorSet set = standards.set(em, onSite.standardId);
                    throw new WorkflowException(CuMessages.bind(CuMessages.onsite_failed, IndicatorSetFormat.num(onSite.total),
                            IndicatorSetFormat.num(set.passLine()), onSite.knockouts == null ? "" : "; " + onSite.knockouts));
                }
            }
            case NOTICE, PUBLISH -> {
                if (c.openEvents > 0) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.open_events, c.openEvents, openEventText(em, c)));
                }
                if (action == CreationAction.PUBLISH && day.isBefore(c.statusSince.plusDays(CreationAction.NOTICE_DAYS))) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.notice_running,
                            c.statusSince.plusDays(CreationAction.NOTICE_DAYS)));
                }
            }
            case APPEAL -> {
                if (day.isAfter(c.statusSince.plusDays(CreationAction.APPEAL_DAYS))) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.appeal_late, CreationAction.APPEAL_DAYS,
                            c.statusSince.plusDays(CreationAction.APPEAL_DAYS)));
                }
            }
            default -> {
            }
        }
    }

    private static String openEventText(EntityManager em, Creation c) {
        return em.createQuery("select e from CuEvent e where e.creationId = :c and e.resolved = false order by e.id", Event.class)
                .setParameter("c", c.id).getResultStream().map(e -> e.description).collect(Collectors.joining("; "));
    }

    private static void apply(EntityManager em, Creation c, CreationAction action, LocalDate day) {
        c.status = action.to();
        c.statusSince = day;
        switch (action) {
            case PUBLISH -> c.tier = latest(em, c, EvaluationStage.ON_SITE).tier;
            case REINSTATE, REVOKE -> {
                em.createQuery("update CuEvent e set e.resolved = true where e.creationId = :c").setParameter("c", c.id).executeUpdate();
                c.openEvents = 0;
                if (action == CreationAction.REVOKE) {
                    c.tier = null;
                }
            }
            case REDECLARE -> {
                c.cycle++;
                c.tier = null;
                c.declaredOn = day;
            }
            default -> {
            }
        }
    }

    /** The newest evaluation of a stage in the creation's current cycle (a redeclaration starts a new one). */
    private static Evaluation latest(EntityManager em, Creation c, EvaluationStage stage) {
        return em.createQuery("select e from CuEvaluation e where e.creationId = :c and e.stage = :s and e.cycle = :cycle"
                + " order by e.id desc", Evaluation.class)
                .setParameter("c", c.id).setParameter("s", stage).setParameter("cycle", c.cycle).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    List<TransitionView> history(Subject subject, long creationId) {
        return ctx.db().read(em -> {
            CleanUnitContext.creation(em, subject, creationId);
            return em.createQuery("select t from CuTransition t where t.creationId = :c order by t.id", Transition.class)
                    .setParameter("c", creationId).getResultStream()
                    .map(t -> new TransitionView(t.action, t.from, t.to, t.reason, t.by, t.on, t.recordedAt)).toList();
        });
    }
}
