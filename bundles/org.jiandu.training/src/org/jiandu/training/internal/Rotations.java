package org.jiandu.training.internal;

import static org.jiandu.training.internal.TrainingContext.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jiandu.core.CadreView;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.training.RotationView;
import org.jiandu.training.TrainingValidationException;

/** Practical rotations (实践锻炼) at posts, each change a new revision of the rotation; reading a cadre's is audited. */
final class Rotations {

    private final TrainingContext ctx;

    Rotations(TrainingContext ctx) {
        this.ctx = ctx;
    }

    List<RotationView> rotations(Subject subject, String cadreCode) {
        List<RotationView> found = rotationViews(subject, cadreCode);
        ctx.audit.append(subject, AuditLog.READ, "training-rotations:" + cadreCode, found.size() + " rotations");
        return found;
    }

    /** A cadre's current rotations in the subject's scope, unaudited (the caller audits what it shows). */
    List<RotationView> rotationViews(Subject subject, String cadreCode) {
        return ctx.db().read(em -> em.createQuery("select r from Rotation r where r.cadreCode = :c and r.current = true"
                + " and r.orgPath like :p order by r.startOn", Rotation.class).setParameter("c", cadreCode)
                .setParameter("p", subject.scopePath() + "%").getResultList().stream().map(Rotations::view).toList());
    }

    static RotationView view(Rotation r) {
        return new RotationView(r.key, r.revision, r.cadreCode, r.cadreName, r.post, r.mentor, r.startOn, r.endOn,
                r.signedOffBy, r.signedOffOn, r.appraisal, r.recordedBy, r.recordedAt);
    }

    RotationView saveRotation(Subject subject, RotationView d) {
        TrainingAccess.checkPlanner(subject);
        CadreView c = ctx.cadre(subject, d.cadreCode());
        List<String> p = new ArrayList<>();
        if (d.post() == null) {
            p.add(TrainingMessages.f_post + ": " + TrainingMessages.required);
        }
        if (d.start() == null) {
            p.add(TrainingMessages.f_dates + ": " + TrainingMessages.required);
        } else if (d.end() != null && d.end().isBefore(d.start())) {
            p.add(TrainingMessages.f_dates + ": " + TrainingMessages.bind(TrainingMessages.end_before_start, d.end(), d.start()));
        }
        if (d.signedOffOn() != null && (d.signedOffBy() == null || d.signedOffBy().isBlank())) {
            p.add(TrainingMessages.f_signoff + ": " + TrainingMessages.signoff_needs_mentor);
        }
        if (d.signedOffOn() != null && d.start() != null && d.signedOffOn().isBefore(d.start())) {
            p.add(TrainingMessages.f_signoff + ": "
                    + TrainingMessages.bind(TrainingMessages.completion_before_start, d.signedOffOn(), d.start()));
        }
        if (d.signedOffOn() != null && d.signedOffOn().isAfter(LocalDate.now())) {
            p.add(TrainingMessages.f_signoff + ": " + TrainingMessages.bind(TrainingMessages.future, d.signedOffOn()));
        }
        if (!p.isEmpty()) {
            throw new TrainingValidationException(p);
        }
        RotationView v = ctx.db().tx(em -> {
            Rotation prev = null;
            if (d.key() != null) {
                prev = em.createQuery("select r from Rotation r where r.key = :k and r.current = true", Rotation.class)
                        .setParameter("k", d.key()).getResultStream().findFirst().orElse(null);
                if (prev == null || !subject.covers(prev.orgPath)) {
                    throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_rotation, d.key())));
                }
                if (prev.revision != d.revision()) {
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale_record, c.code(),
                            TrainingMessages.label(prev.post.chinese(), prev.post), prev.recordedBy, prev.revision));
                }
                prev.current = false;
            }
            Rotation r = new Rotation();
            r.key = prev == null ? UUID.randomUUID().toString() : prev.key;
            r.revision = prev == null ? 1 : prev.revision + 1;
            r.current = true;
            r.cadreCode = c.code();
            r.cadreName = c.name();
            r.orgPath = c.orgPath();
            r.post = d.post();
            r.mentor = blankToNull(d.mentor());
            r.startOn = d.start();
            r.endOn = d.end();
            r.signedOffBy = blankToNull(d.signedOffBy());
            r.signedOffOn = d.signedOffOn();
            r.appraisal = blankToNull(d.appraisal());
            r.recordedBy = subject.username();
            r.recordedAt = Instant.now();
            em.persist(r);
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-rotation:" + c.code(), r.post + " rev " + r.revision
                    + (r.signedOffOn == null ? "" : " signed off " + r.signedOffOn));
            return view(r);
        });
        return v;
    }
}
