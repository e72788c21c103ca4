package org.jiandu.search;

import java.nio.file.Path;
import java.util.List;

/**
 * @param exported files copied
 * @param manifest the {@code SHA256SUMS} file (checkable with {@code sha256sum -c})
 * @param skipped  hit ids not exported, each with the reason (outside the scope, original missing)
 */
public record ExportReport(int exported, Path manifest, List<String> skipped) {
}
