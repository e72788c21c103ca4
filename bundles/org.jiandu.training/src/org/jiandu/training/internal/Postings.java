package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.Rule;
import org.jiandu.training.TrainingValidationException;
import org.jiandu.training.rules.ComplianceEvaluator;

/**
 * The dated events the requirements count from: a cadre confirmed on post once the pre-job pipeline is complete, and a
 * township's re-election.
 */
final class Postings {

    private final TrainingContext ctx;
    private final Rules rules;

    Postings(TrainingContext ctx, Rules rules) {
        this.ctx = ctx;
        this.rules = rules;
    }

    List<String> pipelineGaps(Subject subject, String cadreCode, LocalDate day) {
        CadreView c = ctx.cadre(subject, cadreCode);
        Rule rule = Rules.rule(Rules.rulesFor(rules.all(), c.orgPath()), RequirementKind.PRE_JOB_PIPELINE);
        Facts f = Facts.read(ctx, subject, List.of(c));
        return ComplianceEvaluator.pipelineGaps(rule, f.cadres().get(0), day);
    }

    void confirmOnPost(Subject subject, String cadreCode, LocalDate day) {
        TrainingAccess.checkPlanner(subject);
        List<String> gaps = pipelineGaps(subject, cadreCode, day);
        if (!gaps.isEmpty()) {
            ctx.audit.append(subject, AuditLog.CHANGE, "training-posting:" + cadreCode, "refused: " + String.join("; ", gaps));
            throw new PipelineIncompleteException(gaps);
        }
        CadreView c = ctx.cadre(subject, cadreCode);
        ctx.db().txRun(em -> {
            em.persist(event(TrainingEvent.POSTED, c.orgCode(), c.orgPath(), c.orgName(), c.code(), day, subject));
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-posting:" + cadreCode, "confirmed on post " + day);
        });
    }

    private static TrainingEvent event(String type, String orgCode, String orgPath, String orgName, String cadre,
            LocalDate day, Subject subject) {
        TrainingEvent e = new TrainingEvent();
        e.type = type;
        e.orgCode = orgCode;
        e.orgPath = orgPath;
        e.orgName = orgName;
        e.cadreCode = cadre;
        e.happenedOn = day;
        e.recordedBy = subject.username();
        e.recordedAt = Instant.now();
        return e;
    }

    void recordReelection(Subject subject, String townshipCode, LocalDate heldOn) {
        TrainingAccess.checkPlanner(subject);
        OrgNodeView t = ctx.orgs.find(subject, townshipCode).filter(o -> subject.covers(o.path()))
                .orElseThrow(() -> new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.org_outside,
                townshipCode))));
        if (t.level() != OrgLevel.TOWNSHIP) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.not_township, t.name())));
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now())) {
            throw new TrainingValidationException(List.of(TrainingMessages.f_dates + ": "
                    + TrainingMessages.bind(TrainingMessages.future, heldOn)));
        }
        ctx.db().txRun(em -> {
            em.persist(event(TrainingEvent.REELECTION, t.code(), t.path(), t.name(), null, heldOn, subject));
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-reelection:" + townshipCode, "held " + heldOn);
        });
    }
}
