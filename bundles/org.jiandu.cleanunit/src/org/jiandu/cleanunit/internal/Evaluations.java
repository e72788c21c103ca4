package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.Scoring;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;

/**
 * Scoring a creation against the standard in force: the unit's self-assessment, the county's on-site evaluation and
 * the yearly monitoring of a title; a failed monitoring or a knock-out raises a negative event.
 */
final class Evaluations {

    private final CleanUnitContext ctx;
    private final Standards standards;

    Evaluations(CleanUnitContext ctx, Standards standards) {
        this.ctx = ctx;
        this.standards = standards;
    }

    EvaluationView score(Subject subject, long creationId, EvaluationStage stage, int year, Map<String, Double> scores,
            double bonus, Set<String> knockOuts, Map<String, String> notes) {
        if (stage == EvaluationStage.SELF) {
            CleanUnitRoles.requireUnitSide(subject);
        } else {
            CleanUnitRoles.requireCounty(subject, stage.label());
        }
        if (year < 2000 || year > LocalDate.now().getYear()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.bad_year, year));
        }
        standards.ensureDefaults();
        EvaluationView v = ctx.db().tx(em -> {
            Creation c = CleanUnitContext.creation(em, subject, creationId);
            CreationStatus needed = stage.requiredStatus();
            if (c.status != needed) {
                throw new WorkflowException(CuMessages.bind(CuMessages.stage_status, stage.label(), needed.label(), c.unitName,
                        c.status.label()));
            }
            if (stage == EvaluationStage.MONITORING && (c.lastMonitored >= year || year < c.statusSince.getYear())) {
                throw new WorkflowException(CuMessages.bind(CuMessages.monitored_already, c.unitName, year));
            }
            Standard std = Standards.currentEntity(em, c.kind, c.orgPath);
            IndicatorSet set = standards.set(std);
            Scoring.Result r;
            try {
                r = Scoring.score(set, scores, bonus, knockOuts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.score_refused, e.getMessage()));
            }
            Evaluation e = new Evaluation();
            e.creationId = c.id;
            e.stage = stage;
            e.year = year;
            e.cycle = c.cycle;
            e.standardId = std.id;
            e.verdict(r);
            e.scoredBy = subject.username();
            e.scoredAt = Instant.now();
            for (IndicatorSet.Indicator i : set.indicators()) {
                String note = notes == null ? null : notes.get(i.code());
                e.score(i.code(), scores.get(i.code()), note == null || note.isBlank() ? null : note.strip());
            }
            em.persist(e);
            c.latestTotal = e.total;
            c.latestPassed = e.passed;
            LocalDate today = LocalDate.now();
            CreationStatus was = c.status;
            List<String> raised = new ArrayList<>(); // named in the score's audit entry: they change the creation too
            if (stage == EvaluationStage.MONITORING) {
                c.lastMonitored = year;
                if (!e.passed && e.knockouts == null) {
                    NegativeEvents.raise(em, c, "MONITORING", String.valueOf(year), CuMessages.bind(CuMessages.monitoring_failed, year,
                            IndicatorSetFormat.num(e.total)), today, subject.username(), Instant.now());
                    raised.add("MONITORING " + year);
                }
            }
            if (e.knockouts != null) {
                String text = Arrays.stream(e.knockouts.split(",")).map(k -> k + " " + set.knockOut(k).map(IndicatorSet.KnockOut::text)
                        .orElse("")).collect(Collectors.joining("; "));
                NegativeEvents.raise(em, c, "KNOCKOUT", stage.name() + " " + year, CuMessages.bind(CuMessages.knocked_out, text), today,
                        subject.username(), Instant.now());
                raised.add("KNOCKOUT " + stage.name() + " " + year);
            }
            em.flush();
            EvaluationView scored = view(e, set);
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, stage + " " + year + " scored "
                    + IndicatorSetFormat.num(scored.total()) + (scored.passed() ? " passed" : " failed") + " under " + scored.kind()
                    + "/" + scored.standardVersion() + (raised.isEmpty() ? "" : "; negative event " + String.join(", ", raised))
                    + (c.status != was ? "; status " + was + " -> " + c.status : ""));
            return scored;
        });
        return v;
    }

    static EvaluationView view(Evaluation e, IndicatorSet set) {
        return new EvaluationView(e.id, e.creationId, e.stage, e.year, set.kind(), set.version(), e.points, e.bonus, e.total, e.passed,
                e.tier, e.knockouts == null ? List.of() : List.of(e.knockouts.split(",")),
                e.scores.stream().map(s -> new EvaluationView.Score(s.indicator, s.points, s.note)).toList(), e.scoredBy, e.scoredAt);
    }

    List<EvaluationView> evaluations(Subject subject, long creationId) {
        return ctx.db().read(em -> {
            CleanUnitContext.creation(em, subject, creationId);
            return em.createQuery("select e from CuEvaluation e where e.creationId = :c order by e.id desc", Evaluation.class)
                    .setParameter("c", creationId).getResultStream().map(e -> view(e, standards.set(em, e.standardId))).toList();
        });
    }
}
