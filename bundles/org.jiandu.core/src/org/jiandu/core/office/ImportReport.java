package org.jiandu.core.office;

import java.util.List;

/**
 * What an import of a spreadsheet did. A file with any bad row imports nothing unless the user chose to import the
 * good rows; either way every bad row is listed with its row number (as the spreadsheet shows it) and the reason.
 *
 * @param rows     data rows read (the header and blank rows not counted)
 * @param added    records created
 * @param updated  records changed
 * @param errors   every bad row
 * @param imported false when nothing was written because of bad rows
 */
public record ImportReport(int rows, int added, int updated, List<RowError> errors, boolean imported) {

    /** How many rows have at least one error (a row can have several). */
    public long badRows() {
        return errors.stream().mapToInt(RowError::row).distinct().count();
    }

    /** One problem: row number, the column's header (or null for the whole row) and what is wrong. */
    public record RowError(int row, String column, String message) {

        @Override
        public String toString() {
            return "row " + row + (column == null ? "" : ", " + column) + ": " + message;
        }
    }
}
