package org.jiandu.core.jurisdiction;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;

/** One recorded change of a node or cadre, as {@code jiandu org history CODE} lists it. */
public record HistoryEntry(SubjectKind subject, String code, ChangeKind kind, String field, String oldValue,
        String newValue, LocalDate effectiveOn, String actor, Instant recordedAt) {
}
