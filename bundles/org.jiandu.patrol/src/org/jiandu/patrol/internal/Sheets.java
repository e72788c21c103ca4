package org.jiandu.patrol.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;

/** Writes report sheets as XLSX, or, when the file name ends in .pdf, as the same tables in a PDF. */
final class Sheets {

    private Sheets() {
    }

    static void write(Path file, String title, List<XlsxWriter.Sheet> sheets) throws IOException {
        if (!PdfReport.isPdf(file)) {
            XlsxWriter.write(file, sheets);
            return;
        }
        PdfReport doc = new PdfReport(title, true);
        doc.heading(title);
        for (XlsxWriter.Sheet sheet : sheets) {
            if (!sheet.rows().isEmpty()) {
                doc.gap(6).sheet(sheet.name(), sheet.rows(), 0);
            }
        }
        doc.write(file);
    }
}
