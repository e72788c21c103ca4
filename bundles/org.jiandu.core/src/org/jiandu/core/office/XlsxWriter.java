package org.jiandu.core.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes plain XLSX workbooks (SpreadsheetML with inline strings and numbers) without an Office library, for
 * exports that Excel and WPS open. Written to a temporary file and moved into place, so a failed export never
 * leaves half a file behind.
 */
public final class XlsxWriter {

    /** A sheet: a name and rows of cells; a {@link Number} becomes a numeric cell, anything else text. */
    public record Sheet(String name, List<List<Object>> rows) {
    }

    private XlsxWriter() {
    }

    public static void write(Path file, List<Sheet> sheets) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, "[Content_Types].xml", contentTypes(sheets.size()));
                put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
                StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
                StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                List<String> names = new ArrayList<>();
                for (int i = 0; i < sheets.size(); i++) {
                    String name = uniqueName(sheets.get(i).name(), names);
                    wb.append("<sheet name=\"").append(xml(name)).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i
                            + 1).append("\"/>");
                    rels.append("<Relationship Id=\"rId").append(i + 1)
                            .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                            .append(i + 1).append(".xml\"/>");
                }
                put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
                put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
                for (int i = 0; i < sheets.size(); i++) {
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                    int r = 0;
                    for (List<Object> row : sheets.get(i).rows()) {
                        r++;
                        w.write("<row r=\"" + r + "\">");
                        int c = 0;
                        for (Object cell : row) {
                            String ref = column(c++) + r;
                            if (cell == null) {
                                continue;
                            }
                            if (cell instanceof Number n) {
                                w.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
                            } else {
                                w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xml(cell.toString())
                                        + "</t></is></c>");
                            }
                        }
                        w.write("</row>");
                    }
                    w.write("</sheetData></worksheet>");
                    w.flush();
                    zip.closeEntry();
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A, B, …, Z, AA, AB, … */
    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\ , unique in the workbook. */
    private static String uniqueName(String wanted, List<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base.isBlank() ? "Sheet" : base;
        for (int k = 2; taken.contains(name); k++) {
            name = base + "(" + k + ")";
        }
        taken.add(name);
        return name;
    }

    private static String contentTypes(int sheets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c); // other control characters are not allowed in XML
                    }
                }
            }
        }
        return sb.toString();
    }
}
