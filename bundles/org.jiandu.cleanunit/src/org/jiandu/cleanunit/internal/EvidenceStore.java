package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvidenceType;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.core.Hashes;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;

/**
 * Evidence files (佐证材料) of a creation, kept by content hash under files/cleanunit in the open data directory; every
 * reading, opening and export is audited.
 */
final class EvidenceStore {

    private final CleanUnitContext ctx;
    private final Standards standards;
    private final Creations creations;
    /** The data directory and the search module's indexer come and go while the service runs. */
    private final Supplier<DataDirectory> dataDirectory;
    private final Supplier<EvidenceSink> evidenceSink;

    EvidenceStore(CleanUnitContext ctx, Standards standards, Creations creations, Supplier<DataDirectory> dataDirectory,
            Supplier<EvidenceSink> evidenceSink) {
        this.ctx = ctx;
        this.standards = standards;
        this.creations = creations;
        this.dataDirectory = dataDirectory;
        this.evidenceSink = evidenceSink;
    }

    EvidenceView addEvidence(Subject subject, long creationId, String indicator, Path file) throws IOException {
        CleanUnitRoles.requireUnitSide(subject);
        Path folder = evidenceFolder();
        if (!Files.isRegularFile(file) || !Files.isReadable(file) || Files.size(file) == 0) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.evidence_unreadable, file));
        }
        CreationView c = creations.creation(subject, creationId).orElseThrow(() -> new IllegalArgumentException(CuMessages.bind(
                CuMessages.no_creation, creationId)));
        IndicatorSet standard = ctx.db().read(em -> standards.set(Standards.currentEntity(em, c.kind(), c.orgPath())));
        if (standard.indicator(indicator).isEmpty()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_indicator, indicator, c.kind().label()));
        }
        long size = Files.size(file);
        String sha = Hashes.storeByContent(file, folder);
        EvidenceView v = ctx.db().tx(em -> {
            Evidence e = new Evidence();
            e.creationId = creationId;
            e.indicator = indicator;
            e.fileName = file.getFileName().toString();
            e.sha256 = sha;
            e.size = size;
            e.addedBy = subject.username();
            e.addedAt = Instant.now();
            em.persist(e);
            em.flush();
            ctx.audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, "evidence " + indicator + " " + e.fileName
                    + " sha256=" + sha);
            return view(e);
        });
        EvidenceSink sink = evidenceSink.get();
        if (sink != null) {
            String[] path = c.orgPath().split("/");
            sink.added(subject, path[path.length - 1], v.id(), v.fileName(), folder.resolve(sha));
        }
        return v;
    }

    private static EvidenceView view(Evidence e) {
        return new EvidenceView(e.id, e.creationId, e.indicator, e.fileName, e.sha256, e.size, e.addedBy, e.addedAt);
    }

    List<EvidenceView> evidence(Subject subject, long creationId) {
        return ctx.db().read(em -> {
            CleanUnitContext.creation(em, subject, creationId);
            return em.createQuery("select e from CuEvidence e where e.creationId = :c order by e.indicator, e.id", Evidence.class)
                    .setParameter("c", creationId).getResultStream().map(EvidenceStore::view).toList();
        });
    }

    Path evidenceFile(Subject subject, long evidenceId) {
        Path folder = evidenceFolder();
        Evidence e = stored(subject, evidenceId);
        ctx.audit.append(subject, AuditLog.READ, "cleanunit:" + e.creationId, "evidence " + e.fileName + " sha256=" + e.sha256);
        return folder.resolve(e.sha256);
    }

    /** An evidence entry of a creation in the subject's scope. */
    private Evidence stored(Subject subject, long evidenceId) {
        return ctx.db().read(em -> {
            Evidence found = em.find(Evidence.class, evidenceId);
            if (found == null) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_evidence, evidenceId));
            }
            CleanUnitContext.creation(em, subject, found.creationId);
            return found;
        });
    }

    Path openEvidence(Subject subject, long evidenceId) throws IOException {
        Evidence e = stored(subject, evidenceId);
        Path file = evidenceFolder().resolve(e.sha256);
        EvidenceType type = EvidenceType.of(e.fileName, OpenedEvidence.head(file)).orElseThrow(() -> new IllegalArgumentException(
                CuMessages.bind(CuMessages.evidence_not_openable, e.fileName)));
        Path copy = OpenedEvidence.copy(dataDirectory.get(), file, "evidence-" + e.id + "." + type.extension());
        ctx.audit.append(subject, AuditLog.READ, "cleanunit:" + e.creationId, "opened evidence " + e.fileName + " as " + type
                + " sha256=" + e.sha256);
        return copy;
    }

    void exportEvidence(Subject subject, long evidenceId, Path target) throws IOException {
        Evidence e = stored(subject, evidenceId);
        Files.copy(evidenceFolder().resolve(e.sha256), target, StandardCopyOption.REPLACE_EXISTING);
        ctx.audit.append(subject, AuditLog.EXPORT, "cleanunit:" + e.creationId, "evidence " + e.fileName + " sha256=" + e.sha256
                + " to " + target.getFileName());
    }

    /** Where evidence files are kept by content hash: files/cleanunit in the open data directory. */
    private Path evidenceFolder() {
        DataDirectory dir = dataDirectory.get();
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        return dir.files().resolve("cleanunit");
    }
}
