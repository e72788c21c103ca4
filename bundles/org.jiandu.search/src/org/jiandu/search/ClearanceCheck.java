package org.jiandu.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.search.extract.TextDecoding;
import org.jiandu.search.internal.SearchMessages;

/**
 * The files of a clearance check (廉政意见回复): the list of names or terms in, the hit workbook out. The search
 * itself is {@link SearchService#batch}; its export is {@link SearchService#exportBatch}, which audits it.
 */
public final class ClearanceCheck {

    private ClearanceCheck() {
    }

    /**
     * Terms from the first column of a CSV or text file (UTF-8, GB18030 or UTF-16) or of the first sheet of an XLSX.
     *
     * @throws IOException with a message naming what is wrong with the file
     */
    public static List<String> readTerms(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            List<XlsxReader.Sheet> sheets = XlsxReader.read(file);
            List<String> terms = new ArrayList<>();
            if (!sheets.isEmpty()) {
                sheets.get(0).rows().forEach(r -> terms.add(r.cell(0)));
            }
            return clean(terms);
        }
        return parseTerms(TextDecoding.decode(Files.readAllBytes(file)));
    }

    /** Terms from pasted text: one per line, the first comma- or tab-separated field, quotes dropped. */
    public static List<String> parseTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (String line : text.split("\\R")) {
            terms.add(line.split("[,\t，、]", 2)[0]);
        }
        return clean(terms);
    }

    private static List<String> clean(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : raw) {
            String s = t.replace("\"", "").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A summary sheet (term, hits) and a term × document matrix (1 where the term occurs). Not audited: callers
     * go through {@link SearchService#exportBatch}.
     */
    public static void writeXlsx(BatchResult r, Path target) throws IOException {
        List<XlsxWriter.Sheet> sheets = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of(SearchMessages.xlsx_term, SearchMessages.xlsx_hits));
        for (String t : r.terms()) {
            summary.add(List.of(t, r.count(t)));
        }
        sheets.add(new XlsxWriter.Sheet(SearchMessages.xlsx_summary, summary));
        List<List<Object>> matrix = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(SearchMessages.xlsx_document, SearchMessages.xlsx_page));
        header.addAll(r.terms());
        matrix.add(header);
        Map<String, Set<String>> byUnit = new HashMap<>();
        r.hits().forEach((t, ids) -> ids.forEach(id -> byUnit.computeIfAbsent(id, k -> new HashSet<>()).add(t)));
        r.units().forEach((id, where) -> {
            List<Object> row = new ArrayList<>(List.of(where[0], where[1]));
            for (String t : r.terms()) {
                row.add(byUnit.get(id).contains(t) ? (Object) Integer.valueOf(1) : null);
            }
            matrix.add(row);
        });
        sheets.add(new XlsxWriter.Sheet(SearchMessages.xlsx_matrix, matrix));
        XlsxWriter.write(target, sheets);
    }
}
