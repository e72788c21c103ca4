package org.jiandu.core.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cell values of XLSX workbooks (SpreadsheetML) without an Office library: shared and inline strings,
 * numbers as written. Hostile packages are refused: no external entities or DTDs, and the part size limit of
 * {@link OfficePackage}. Used by imports and by text extraction.
 */
public final class XlsxReader {

    /** A sheet as stored: its name and its non-empty rows. */
    public record Sheet(String name, List<Row> rows) {
    }

    /**
     * A row: its number as Excel shows it (1-based) and its cells by column (A = 0), missing cells as "". The list
     * is sparse: a single cell at column XFD costs one entry, not 16 384.
     */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return present().stream().allMatch(String::isBlank);
        }

        /** The cells the file holds, in column order, without the empty columns between them. */
        public List<String> present() {
            return cells instanceof SparseRow s ? Arrays.asList(s.values)
                    : cells.stream().filter(c -> !c.isEmpty()).toList();
        }
    }

    /** Excel's own limits: a number beyond them is a damaged or hostile file. */
    static final int MAX_ROW = 1_048_576, MAX_COLUMN = 16_383;
    /** What a workbook may hold in all before it is refused (imports and indexing read it whole). */
    static final int MAX_CELLS = 2_000_000, MAX_SHARED_STRINGS = 1_000_000;
    /** Characters of all cell values together, shared strings counted at every cell that uses them. */
    static final long MAX_TEXT = 32L << 20;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxReader() {
    }

    /** Every sheet of the workbook, in workbook order. */
    public static List<Sheet> read(Path file) throws IOException {
        try (ZipFile zip = OfficePackage.open(file, "XLSX")) {
            List<String> shared = zip.getEntry("xl/sharedStrings.xml") == null ? List.of() : sharedStrings(zip);
            List<Sheet> out = new ArrayList<>();
            Budget budget = new Budget();
            for (String[] sheet : sheets(zip)) {
                out.add(new Sheet(sheet[0], sheet[1] == null ? List.of() : rows(zip, sheet[1], shared, budget)));
            }
            return out;
        } catch (XMLStreamException e) {
            throw new OfficePackage.PackageException("damaged XLSX: " + OfficePackage.firstLine(e.getMessage()));
        }
    }

    private static final Pattern YMD =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** The non-blank rows of the first sheet, the usual shape of an import file (empty when there is no sheet). */
    public static List<Row> firstSheetRows(Path file) throws IOException {
        List<Sheet> sheets = read(file);
        return sheets.isEmpty() ? List.of() : sheets.get(0).rows().stream().filter(r -> !r.isBlank()).toList();
    }

    /**
     * A date as spreadsheets hold it: 2024-03-15 (also with / . or 年月日) or an Excel date serial. Empty when the
     * text is none of these, so the caller can name the row and column.
     */
    public static Optional<LocalDate> date(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m = YMD.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            double serial = Double.parseDouble(t);
            if (serial >= 1 && serial < 2_958_466) {
                return Optional.of(serialDate(serial));
            }
        } catch (NumberFormatException | DateTimeException e) {
            // not a date
        }
        return Optional.empty();
    }

    /** An Excel date serial (days since 1899-12-30, the 1900 date system) as a date. */
    public static LocalDate serialDate(double serial) {
        return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
    }

    /** "A" → 0, "AB" → 27: the column part of a cell reference such as "AB12". */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return c - 1;
    }

    private static InputStream entry(ZipFile zip, String name) throws IOException {
        return OfficePackage.part(zip, name, "XLSX");
    }

    private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> shared = new ArrayList<>();
        try (InputStream in = entry(zip, "xl/sharedStrings.xml")) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            StringBuilder cur = null;
            boolean inT = false;
            long text = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> cur = new StringBuilder();
                        case "t" -> inT = true;
                        case "rPh" -> inT = false; // phonetic runs are not part of the cell text
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("si")) {
                        if (shared.size() >= MAX_SHARED_STRINGS) {
                            throw new OfficePackage.PackageException("XLSX holds more than " + MAX_SHARED_STRINGS + " shared strings");
                        }
                        shared.add(cur == null ? "" : cur.toString());
                        cur = null;
                    } else if (r.getLocalName().equals("t")) {
                        inT = false;
                    }
                } else if (inT && cur != null && ev == XMLStreamConstants.CHARACTERS) {
                    if ((text += r.getTextLength()) > MAX_TEXT) {
                        throw tooMuchText();
                    }
                    cur.append(r.getText());
                }
            }
        }
        return shared;
    }

    /** {name, part} of each sheet in workbook order; part is null when the relationship is missing. */
    private static List<String[]> sheets(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> rels = new HashMap<>();
        try (InputStream in = entry(zip, "xl/_rels/workbook.xml.rels")) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String target = r.getAttributeValue(null, "Target");
                    rels.put(r.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
                }
            }
        }
        List<String[]> sheets = new ArrayList<>();
        try (InputStream in = entry(zip, "xl/workbook.xml")) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String rid = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (r.getAttributeLocalName(i).equals("id")) {
                            rid = r.getAttributeValue(i);
                        }
                    }
                    sheets.add(new String[] { r.getAttributeValue(null, "name"), rels.get(rid) });
                }
            }
        }
        return sheets;
    }

    /** What the sheets read so far have used of the workbook's limits. */
    private static final class Budget {
        long cells, text;

        void add(String v) throws OfficePackage.PackageException {
            if (++cells > MAX_CELLS) {
                throw new OfficePackage.PackageException("XLSX holds more than " + MAX_CELLS + " cells");
            }
            if ((text += v.length()) > MAX_TEXT) {
                throw tooMuchText();
            }
        }
    }

    private static OfficePackage.PackageException tooMuchText() {
        return new OfficePackage.PackageException("XLSX holds more than " + (MAX_TEXT >> 20) + " million characters of text");
    }

    private static List<Row> rows(ZipFile zip, String part, List<String> shared, Budget budget)
            throws IOException, XMLStreamException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = entry(zip, part)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            String cellType = null;
            int rowNo = 0, col = -1;
            Cells cells = null;
            boolean inValue = false, inInline = false;
            StringBuilder value = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "row" -> {
                            String n = r.getAttributeValue(null, "r");
                            rowNo = n == null ? rowNo + 1 : parseInt(n, part);
                            if (rowNo < 1 || rowNo > MAX_ROW) {
                                throw new OfficePackage.PackageException("damaged XLSX: row number " + rowNo + " beyond Excel's rows");
                            }
                            cells = new Cells();
                            col = -1;
                        }
                        case "c" -> {
                            cellType = r.getAttributeValue(null, "t");
                            String ref = r.getAttributeValue(null, "r");
                            col = ref == null ? col + 1 : column(ref);
                        }
                        case "v" -> {
                            inValue = true;
                            value.setLength(0);
                        }
                        case "is" -> {
                            inInline = true;
                            value.setLength(0);
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "v" -> {
                            inValue = false;
                            String v = value.toString();
                            if ("s".equals(cellType)) {
                                int i = parseInt(v.trim(), part);
                                v = i >= 0 && i < shared.size() ? shared.get(i) : "";
                            }
                            put(cells, col, v, budget);
                        }
                        case "is" -> {
                            inInline = false;
                            put(cells, col, value.toString(), budget);
                        }
                        case "row" -> {
                            if (cells != null && !cells.isEmpty()) {
                                rows.add(new Row(rowNo, cells.toList()));
                            }
                            cells = null;
                        }
                        default -> { }
                    }
                } else if ((inValue || inInline) && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                    if (value.length() + r.getTextLength() > MAX_TEXT) {
                        throw tooMuchText();
                    }
                    value.append(r.getText());
                }
            }
        }
        return rows;
    }

    private static void put(Cells cells, int col, String v, Budget budget) throws OfficePackage.PackageException {
        if (cells == null || col < 0) {
            return; // a cell outside a row: ignored, as Excel does
        }
        if (col > MAX_COLUMN) {
            throw new OfficePackage.PackageException("damaged XLSX: cell column beyond XFD");
        }
        budget.add(v);
        cells.put(col, v);
    }

    /** The cells of one row as read: only the columns present, kept in column order. */
    private static final class Cells {
        private final TreeMap<Integer, String> byColumn = new TreeMap<>();

        void put(int col, String v) {
            byColumn.put(col, v);
        }

        boolean isEmpty() {
            return byColumn.isEmpty();
        }

        List<String> toList() {
            int[] cols = new int[byColumn.size()];
            String[] values = new String[cols.length];
            int i = 0;
            for (Map.Entry<Integer, String> e : byColumn.entrySet()) {
                cols[i] = e.getKey();
                values[i++] = e.getValue();
            }
            return new SparseRow(cols, values);
        }
    }

    /** A read-only row list of size (last column + 1) holding only its present cells; the others read as "". */
    private static final class SparseRow extends AbstractList<String> implements RandomAccess {
        private final int[] cols;
        private final String[] values;

        SparseRow(int[] cols, String[] values) {
            this.cols = cols;
            this.values = values;
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size());
            int at = Arrays.binarySearch(cols, index);
            return at >= 0 ? values[at] : "";
        }

        @Override
        public int size() {
            return cols.length == 0 ? 0 : cols[cols.length - 1] + 1;
        }
    }

    private static int parseInt(String s, String part) throws OfficePackage.PackageException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new OfficePackage.PackageException("damaged XLSX: bad number '" + s + "' in " + part);
        }
    }
}
