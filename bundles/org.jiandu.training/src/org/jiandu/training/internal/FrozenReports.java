package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.Hashes;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.training.TrainingService;
import org.jiandu.training.TrainingValidationException;

/** A year's compliance report frozen with its hash, and what has changed since (or that the frozen copy was altered). */
final class FrozenReports {

    private final TrainingContext ctx;
    private final Compliance compliance;

    FrozenReports(TrainingContext ctx, Compliance compliance) {
        this.ctx = ctx;
        this.compliance = compliance;
    }

    long freeze(Subject subject, int year) {
        TrainingAccess.checkPlanner(subject);
        List<String> lines = TrainingReports.lines(compliance.compliance(subject, year, TrainingService.asOf(year)));
        FrozenReport r = new FrozenReport();
        r.year = year;
        r.scopePath = subject.scopePath();
        r.content = String.join("\n", lines);
        r.sha256 = Hashes.sha256(r.content);
        r.frozenBy = subject.username();
        r.frozenAt = Instant.now();
        ctx.db().txRun(em -> {
            em.persist(r);
            em.flush(); // the id for the entry
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-frozen:" + r.id, "year=" + year + " sha256=" + r.sha256);
        });
        return r.id;
    }

    List<String> differences(Subject subject, long frozenId) {
        FrozenReport r = ctx.db().read(em -> em.find(FrozenReport.class, frozenId));
        if (r == null || !r.scopePath.startsWith(subject.scopePath())) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_frozen, frozenId)));
        }
        List<String> out = new ArrayList<>();
        if (!Hashes.sha256(r.content).equals(r.sha256)) {
            out.add("! " + TrainingMessages.bind(TrainingMessages.frozen_tampered, frozenId));
        }
        List<String> frozen = List.of(r.content.split("\n"));
        LocalDate asOf = TrainingReports.asOf(frozen.get(0));
        // compared as the scope it was frozen for, which lies inside the subject's
        Subject as = new Subject(subject.username(), subject.displayName(), subject.role(), subject.scopeCode(),
                subject.scopeName(), r.scopePath);
        List<String> now = TrainingReports.lines(compliance.compliance(as, r.year, asOf));
        out.addAll(TrainingReports.diff(frozen, now));
        return out;
    }
}
