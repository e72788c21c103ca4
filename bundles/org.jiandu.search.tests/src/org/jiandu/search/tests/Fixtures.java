package org.jiandu.search.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real files of the kinds case archives hold, written by the tests themselves. */
final class Fixtures {
    private Fixtures() {
    }

    static Path docx(Path file, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(p)).append("</w:t></w:r></w:p>");
        }
        zip(file, List.of(
                new String[] { "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
                new String[] { "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + body + "</w:body></w:document>" }));
        return file;
    }

    /** Sheets as name → rows of cells; strings go through the shared-string table like Excel writes them. */
    static Path xlsx(Path file, String[] sheetNames, String[][][] sheets) throws IOException {
        StringBuilder shared = new StringBuilder();
        List<String> strings = new ArrayList<>();
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        List<String[]> parts = new ArrayList<>();
        for (int s = 0; s < sheets.length; s++) {
            wb.append("<sheet name=\"").append(xml(sheetNames[s])).append("\" sheetId=\"").append(s + 1).append("\" r:id=\"rId").append(s
                    + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(s + 1).append("\" Target=\"worksheets/sheet").append(s + 1).append(".xml\"/>");
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (String[] row : sheets[s]) {
                sheet.append("<row>");
                for (String cell : row) {
                    if (cell.matches("-?\\d+(\\.\\d+)?")) {
                        sheet.append("<c><v>").append(cell).append("</v></c>");
                    } else {
                        strings.add(cell);
                        sheet.append("<c t=\"s\"><v>").append(strings.size() - 1).append("</v></c>");
                    }
                }
                sheet.append("</row>");
            }
            sheet.append("</sheetData></worksheet>");
            parts.add(new String[] { "xl/worksheets/sheet" + (s + 1) + ".xml", sheet.toString() });
        }
        wb.append("</sheets></workbook>");
        rels.append("</Relationships>");
        shared.append("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String t : strings) {
            shared.append("<si><t>").append(xml(t)).append("</t></si>");
        }
        shared.append("</sst>");
        parts.add(new String[] { "xl/workbook.xml", wb.toString() });
        parts.add(new String[] { "xl/_rels/workbook.xml.rels", rels.toString() });
        parts.add(new String[] { "xl/sharedStrings.xml", shared.toString() });
        zip(file, parts);
        return file;
    }

    static void zip(Path file, List<String[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String[] e : entries) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static Path text(Path file, String text, Charset cs) throws IOException {
        return write(file, text.getBytes(cs));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
