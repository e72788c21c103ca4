package org.jiandu.cli.spi;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jiandu.core.office.ImportReport;

/** A spreadsheet import's report as every import command prints it. */
public final class ImportOutput {

    private ImportOutput() {
    }

    /** As JSON: imported, rows, added, updated, errors [{row, column, error}]. */
    public static Map<String, Object> json(ImportReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("imported", r.imported());
        m.put("rows", r.rows());
        m.put("added", r.added());
        m.put("updated", r.updated());
        m.put("errors", r.errors().stream().map(e -> {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("row", e.row());
            em.put("column", e.column());
            em.put("error", e.message());
            return em;
        }).toList());
        return m;
    }

    /** As text: the counts, or why nothing was imported, and each bad cell. */
    public static void print(PrintStream out, ImportReport r) {
        if (r.imported()) {
            out.printf("%d rows: added %d, updated %d, left out %d%n", r.rows(), r.added(), r.updated(), r.badRows());
        } else if (r.rows() == 0) {
            // the file itself is the problem (unreadable, no sheet, no header): no rows to count
            out.println("nothing imported: the file cannot be imported");
        } else {
            out.printf("nothing imported: %d of %d rows are wrong (fix them, or --good-rows to import the rest)%n",
                    r.badRows(), r.rows());
        }
        r.errors().forEach(e -> out.println("  " + e));
    }
}
