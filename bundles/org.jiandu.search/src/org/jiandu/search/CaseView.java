package org.jiandu.search;

import java.time.LocalDate;

import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.Rank;

/**
 * A case (案件) as the workbench shows and edits it. {@code id} 0 means a new case; {@code version} is the one the
 * editor read, so a save over someone else's change is refused.
 *
 * @param townshipCode the organisation the case belongs to (a township or another node in scope)
 * @param townshipName its name, filled in by the service
 * @param form         the discipline form decided, or null while undecided
 */
public record CaseView(long id, long version, String caseNo, String subjectName, Rank rank, String townshipCode,
        String townshipName, String category, DisciplineForm form, LocalDate filedOn, LocalDate closedOn,
        CaseStatus status) {
}
