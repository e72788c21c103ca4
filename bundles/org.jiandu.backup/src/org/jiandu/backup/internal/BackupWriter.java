package org.jiandu.backup.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.logging.Logger;

import org.jiandu.backup.BackupInfo;
import org.jiandu.core.Progress;
import org.jiandu.core.backup.BackupPart;
import org.jiandu.persistence.OwnerOnly;

/**
 * Writes one backup into a folder, part by part, through a {@code .partial} folder renamed only when its manifest is
 * written: a backup cut short (a crash, kill -9) leaves nothing that is listed or restored, and earlier backups and
 * the installation are untouched.
 */
final class BackupWriter {

    private static final Logger LOG = Logger.getLogger(BackupWriter.class.getName());

    /** A backup written: its name, its manifest and its folder. */
    record Written(String name, Manifest manifest, Path folder) {

        BackupInfo info() {
            return manifest.info(folder, BackupInfo.State.VERIFIED, null);
        }
    }

    /** Audits a backup whose manifest is written, before it is renamed into place (a failure drops it). */
    interface Audit {
        /**
         * @param target {@code backup:NAME}
         * @param detail the manifest's SHA-256, what it holds and where
         */
        void append(String target, String detail) throws IOException;
    }

    private BackupWriter() {
    }

    /**
     * @param meta the manifest's header, from the moment the backup was started and the names of the parts copied
     */
    static Written write(Path folder, String kind, List<BackupPart> parts, BiFunction<Instant, List<String>, Map<String, String>> meta,
            Progress progress, Audit audit) throws IOException {
        Path partial = null;
        try {
            OwnerOnly.createDirectories(folder);
            BackupFolders.removePartials(folder); // what a backup cut short left
            String name = BackupFolders.newName(folder, LocalDateTime.now(), kind);
            partial = folder.resolve(name + BackupFolders.PARTIAL);
            OwnerOnly.createDirectories(partial);
            Instant created = Instant.now();
            List<String> notes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<BackupPart> present = new ArrayList<>(parts);
            present.sort(Comparator.comparingInt(BackupPart::order));
            for (BackupPart part : present) {
                if (progress.isCancelled()) {
                    throw new CancellationException(); // between parts too, not only inside the ones that copy files
                }
                notes.addAll(part.copy(partial, progress));
                names.add(part.name());
            }
            Manifest m = Manifest.write(partial, meta.apply(created, names), notes, progress);
            OwnerOnly.tighten(partial);
            audit.append("backup:" + name, "sha256 " + Manifest.digest(partial) + " of " + Manifest.FILE + ", " + m.files()
                    + " files, " + m.bytes() + " bytes, in " + folder);
            Path done = folder.resolve(name);
            move(partial, done);
            partial = null;
            return new Written(name, m, done);
        } finally {
            if (partial != null) {
                dropQuietly(partial); // cancelled or failed: nothing half-written stays
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void dropQuietly(Path partial) {
        try {
            BackupFolders.delete(partial);
        } catch (IOException | RuntimeException e) {
            LOG.warning("partial backup " + partial + " left; the next backup removes it: " + e.getMessage());
        }
    }
}
