package org.jiandu.training.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.jiandu.core.CadreView;
import org.jiandu.core.Hashes;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.TrainingValidationException;

/**
 * Completion certificates: a PDF per completed record, kept by content hash under files/certificates and named on a
 * new revision of the record, so a second request returns the same file.
 */
final class Certificates {

    private final TrainingContext ctx;
    /** Present while a data directory is open (the app and the CLI publish it). */
    private final Supplier<DataDirectory> dataDirectory;

    Certificates(TrainingContext ctx, Supplier<DataDirectory> dataDirectory) {
        this.ctx = ctx;
        this.dataDirectory = dataDirectory;
    }

    Path certificate(Subject subject, String sessionCode, String cadreCode) throws IOException {
        DataDirectory dir = dataDirectory.get();
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        TrainingAccess.checkEditor(subject);
        CadreView cadre = ctx.cadre(subject, cadreCode);
        Enrolment[] cur = new Enrolment[1];
        TrainingSession s = ctx.db().read(em -> {
            TrainingSession found = Sessions.session(em, subject, sessionCode);
            TrainingAccess.checkRecorder(subject, found);
            cur[0] = Enrolments.current(em, found, cadreCode).orElse(null);
            return found;
        });
        if (cur[0] == null || cur[0].status != AttendanceStatus.COMPLETED || cur[0].completedOn == null) {
            throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.cert_not_completed, cadreCode,
                    sessionCode)));
        }
        Path folder = Files.createDirectories(dir.files().resolve("certificates"));
        if (cur[0].certificateSha != null && Files.isRegularFile(folder.resolve(cur[0].certificateSha + ".pdf"))) {
            return folder.resolve(cur[0].certificateSha + ".pdf");
        }
        String issuer = ctx.orgs.find(subject, s.orgCode).map(o -> o.level() == OrgLevel.COUNTY || o.level() == OrgLevel.TOWNSHIP
                ? TrainingMessages.bind(TrainingMessages.cert_issuer, o.name()) : o.name()).orElse(s.orgCode);
        Path tmp = Files.createTempFile(folder, "certificate", ".pdf");
        try {
            TrainingReports.certificatePdf(cadre.name(), s, cur[0].completedOn, issuer, cadreCode, tmp);
            String sha = Hashes.sha256(Files.readAllBytes(tmp));
            Path target = folder.resolve(sha + ".pdf");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            int revision = cur[0].revision;
            ctx.db().txRun(em -> {
                Enrolment e = Enrolments.current(em, em.find(TrainingSession.class, s.id), cadreCode).orElseThrow();
                if (e.revision != revision) {
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale_record, cadreCode, sessionCode,
                            e.recordedBy, e.revision));
                }
                e.current = false;
                Enrolment next = e.next(subject.username(), Instant.now());
                next.certificateSha = sha;
                next.note = EnrolmentNotes.CERTIFICATE;
                em.persist(next);
                ctx.audit.append(em, subject, AuditLog.CHANGE, "training-certificate:" + sessionCode + "/" + cadreCode, "sha256=" + sha);
            });
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
