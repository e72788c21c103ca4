package org.jiandu.patrol.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;

/** Writes report sheets as XLSX, or, when the file name ends in .pdf, as the same tables in a PDF. */
final class Sheets {

    private Sheets() {
    }

    static void write(Path file, String title, List<XlsxWriter.Sheet> sheets) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            XlsxWriter.write(file, sheets);
            return;
        }
        PdfReport doc = new PdfReport(title, true);
        doc.heading(title);
        for (XlsxWriter.Sheet sheet : sheets) {
            if (sheet.rows().isEmpty()) {
                continue;
            }
            doc.gap(6).text(sheet.name(), 12, false);
            List<String> header = strings(sheet.rows().get(0));
            float[] widths = new float[header.size()];
            java.util.Arrays.fill(widths, 1);
            List<List<String>> body = new ArrayList<>();
            for (List<Object> row : sheet.rows().subList(1, sheet.rows().size())) {
                List<String> cells = new ArrayList<>(strings(row));
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                body.add(cells.subList(0, header.size()));
            }
            doc.table(header, body, widths);
        }
        doc.write(file);
    }

    private static List<String> strings(List<Object> row) {
        return row.stream().map(o -> o == null ? "" : String.valueOf(o)).toList();
    }
}
