package org.jiandu.core.jurisdiction;

/**
 * One thing wrong with a jurisdiction workbook, named as the workbook names it.
 *
 * @param sheet   the sheet's name (null for the whole file)
 * @param row     the row number as the spreadsheet shows it (0 for the whole sheet or file)
 * @param column  the column's header (null for the whole row)
 * @param message what is wrong, in the user's language
 */
public record Problem(String sheet, int row, String column, String message) {

    @Override
    public String toString() {
        return (sheet == null ? "" : sheet) + (row > 0 ? " row " + row : "") + (column == null ? "" : ", " + column)
                + ": " + message;
    }
}
