package org.jiandu.core.jurisdiction;

import java.util.List;

import org.jiandu.core.model.OrgChange.ChangeKind;

/**
 * What checking (and possibly applying) a jurisdiction workbook found.
 *
 * @param rows     data rows read, all sheets together
 * @param problems every bad row; when not empty nothing was written
 * @param changes  the difference against the database (empty when the workbook holds nothing new)
 * @param applied  true when the difference was written
 */
public record JurisdictionCheck(int rows, List<Problem> problems, List<Change> changes, boolean applied) {

    public boolean ok() {
        return problems.isEmpty();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
