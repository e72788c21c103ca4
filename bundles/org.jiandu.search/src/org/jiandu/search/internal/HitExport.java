package org.jiandu.search.internal;

import static org.jiandu.search.internal.IndexFields.PATH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.jiandu.core.Hashes;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.search.ExportReport;

/**
 * Selected hits' original files copied into an empty folder, each file once, with {@code SHA256SUMS} and a
 * {@code MANIFEST.txt} of original paths; the audit entry names them all through the manifest's digest.
 */
final class HitExport {

    private final SearchIndex index;
    private final AuditLog audit;

    HitExport(SearchIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    ExportReport export(Subject subject, List<String> hitIds, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target);
            try (Stream<Path> existing = Files.list(target)) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalArgumentException("the export folder " + target + " is not empty");
                }
            }
            List<String> skipped = new ArrayList<>();
            Map<String, String> copied = new LinkedHashMap<>(); // original path → name in the export
            StringBuilder sums = new StringBuilder();
            StringBuilder list = new StringBuilder("# exported by " + subject.username() + " at " + Instant.now() + "\n");
            IndexSearcher s = index.acquire();
            try {
                for (String id : hitIds) {
                    Document unit = SearchIndex.unitInScope(s, subject, id, Set.of(PATH));
                    if (unit == null) {
                        skipped.add(id + ": not found within the scope of " + subject.username());
                        continue;
                    }
                    Path original = Path.of(unit.get(PATH));
                    if (copied.containsKey(original.toString())) {
                        continue; // several pages of one file: the file once
                    }
                    if (!Files.isRegularFile(original)) {
                        skipped.add(id + ": the original " + original + " no longer exists");
                        continue;
                    }
                    String name = String.format("%04d_%s", copied.size() + 1, original.getFileName());
                    byte[] content = Files.readAllBytes(original);
                    Files.write(target.resolve(name), content);
                    copied.put(original.toString(), name);
                    sums.append(Hashes.sha256(content)).append("  ").append(name).append('\n');
                    list.append(name).append('\t').append(original).append('\n');
                }
            } finally {
                index.release(s);
            }
            Path manifest = target.resolve("SHA256SUMS");
            Files.writeString(manifest, sums.toString(), StandardCharsets.UTF_8);
            Files.writeString(target.resolve("MANIFEST.txt"), list.toString(), StandardCharsets.UTF_8);
            // the entry names every file through the digest of the full manifest (original path → exported name),
            // which is written beside the export: a list in the entry itself would be cut at the log's detail limit
            audit.append(subject, AuditLog.EXPORT, target.toString(), "files=" + copied.size() + " manifest-sha256="
                    + Hashes.sha256(list.toString().getBytes(StandardCharsets.UTF_8)) + " (MANIFEST.txt)");
            return new ExportReport(copied.size(), manifest, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + target + ": " + e.getMessage(), e);
        }
    }
}
