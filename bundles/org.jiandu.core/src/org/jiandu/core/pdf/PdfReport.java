package org.jiandu.core.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain report or certificate as PDF: headings, lines of text and tables that break across pages, in a Chinese
 * TrueType font embedded as a subset. Modules build one and write it; layout is deliberately simple (reports are
 * read and filed, not typeset).
 */
public final class PdfReport {

    /** System property naming a TrueType font file (.ttf or .ttc) with Chinese glyphs. */
    public static final String FONT_PROPERTY = "jiandu.pdf.font";

    /** Fonts with TrueType outlines and Chinese glyphs where Windows and common Linux packages put them. */
    private static final List<String> KNOWN_FONTS = List.of("C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc");
    private static final float MARGIN = 40;

    private sealed interface Block permits Text, Table, Gap {
    }

    private record Text(String text, float size, boolean centred) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows, float[] widths) implements Block {
    }

    private record Gap(float height) implements Block {
    }

    private final boolean landscape;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    /** @param title the document's title (also its PDF metadata title) */
    public PdfReport(String title, boolean landscape) {
        this.title = title;
        this.landscape = landscape;
    }

    public PdfReport heading(String text) {
        blocks.add(new Text(text, 16, false));
        return this;
    }

    public PdfReport text(String text) {
        blocks.add(new Text(text, 10, false));
        return this;
    }

    /** Text in a given size, centred on the page when asked (certificates). */
    public PdfReport text(String text, float size, boolean centred) {
        blocks.add(new Text(text, size, centred));
        return this;
    }

    public PdfReport gap(float points) {
        blocks.add(new Gap(points));
        return this;
    }

    /**
     * A table; {@code widths} are relative column widths. Long cells wrap; the header repeats on each new page.
     */
    public PdfReport table(List<String> header, List<List<String>> rows, float... widths) {
        blocks.add(new Table(List.copyOf(header), List.copyOf(rows), widths));
        return this;
    }

    /**
     * A spreadsheet-shaped part (the rows an XLSX sheet of the same report holds): its name, the rows before
     * {@code headerRow} as lines of text, then a table headed by that row. Short rows are padded; whole numbers print
     * without a decimal point. {@code widths} as for {@link #table}; none means equal columns.
     */
    public PdfReport sheet(String name, List<List<Object>> rows, int headerRow, float... widths) {
        text(name, 12, false);
        for (int i = 0; i < headerRow && i < rows.size(); i++) {
            text(String.join("  ", cells(rows.get(i))));
        }
        if (rows.size() <= headerRow) {
            return this;
        }
        List<String> header = cells(rows.get(headerRow));
        float[] w = widths.length > 0 ? widths : new float[header.size()];
        if (widths.length == 0) {
            Arrays.fill(w, 1);
        }
        List<List<String>> body = new ArrayList<>();
        for (List<Object> row : rows.subList(headerRow + 1, rows.size())) {
            List<String> c = new ArrayList<>(cells(row));
            while (c.size() < header.size()) {
                c.add("");
            }
            body.add(c.subList(0, header.size()));
        }
        return table(header, body, w);
    }

    private static List<String> cells(List<Object> row) {
        return row.stream().map(o -> o == null ? "" : o instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue())
                : String.valueOf(o)).toList();
    }

    /**
     * Writes a report's sheets as an XLSX workbook, or, when the file name ends in .pdf, as the same tables in a
     * landscape PDF under the title (each sheet's first row is its header).
     */
    public static void writeSheets(Path file, String title, List<org.jiandu.core.office.XlsxWriter.Sheet> sheets) throws IOException {
        if (!isPdf(file)) {
            org.jiandu.core.office.XlsxWriter.write(file, sheets);
            return;
        }
        PdfReport doc = new PdfReport(title, true);
        doc.heading(title);
        for (org.jiandu.core.office.XlsxWriter.Sheet sheet : sheets) {
            if (!sheet.rows().isEmpty()) {
                doc.gap(6).sheet(sheet.name(), sheet.rows(), 0);
            }
        }
        doc.write(file);
    }

    /** Whether a report file is asked for as PDF (by its name), the other choice being XLSX. */
    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The font file used: {@value #FONT_PROPERTY} if set, else the first known Chinese TrueType font present. */
    public static Path chineseFont() {
        String configured = System.getProperty(FONT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!Files.isReadable(p)) {
                throw new IllegalStateException("the PDF font " + p + " (" + FONT_PROPERTY + ") cannot be read");
            }
            return p;
        }
        for (String f : KNOWN_FONTS) {
            Path p = Path.of(f);
            if (Files.isReadable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no Chinese TrueType font found for PDF output: install one (e.g. the "
                + "fonts-wqy-microhei package) or name a .ttf/.ttc file with -D" + FONT_PROPERTY + "=FILE");
    }

    /** Writes the PDF; the file is replaced only when writing succeeded. */
    public void write(Path file) throws IOException {
        Path font = chineseFont();
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        TrueTypeCollection ttc = null;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f;
            if (font.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                ttc = new TrueTypeCollection(font.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(t -> {
                    if (first[0] == null) {
                        first[0] = t;
                    }
                });
                f = PDType0Font.load(doc, first[0], true);
            } else {
                f = PDType0Font.load(doc, font.toFile());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Jiandu Workbench");
            new Layout(doc, f, landscape).render(blocks);
            doc.save(tmp.toFile());
        } finally {
            if (ttc != null) {
                ttc.close();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Places blocks top to bottom, starting a new page when one is full. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDRectangle size;
        private PDPageContentStream out;
        private float y;

        Layout(PDDocument doc, PDType0Font font, boolean landscape) {
            this.doc = doc;
            this.font = font;
            this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        }

        private float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        private void page() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage p = new PDPage(size);
            doc.addPage(p);
            out = new PDPageContentStream(doc, p);
            y = size.getHeight() - MARGIN;
        }

        private boolean fits(float h) {
            return y - h >= MARGIN;
        }

        void render(List<Block> blocks) throws IOException {
            page();
            for (Block b : blocks) {
                switch (b) {
                    case Text t -> text(t);
                    case Gap g -> y -= g.height();
                    case Table t -> table(t);
                }
            }
            out.close();
        }

        private float textWidth(String s, float fontSize) throws IOException {
            return font.getStringWidth(s) / 1000 * fontSize;
        }

        /** Splits text into lines no wider than {@code max}, breaking between characters. */
        private List<String> wrap(String s, float fontSize, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String para : s.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < para.length();) {
                    int cp = para.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (line.length() > 0 && textWidth(line + ch, fontSize) > max) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private void show(String s, float x, float baseline, float fontSize) throws IOException {
            out.beginText();
            out.setFont(font, fontSize);
            out.newLineAtOffset(x, baseline);
            out.showText(s);
            out.endText();
        }

        private void text(Text t) throws IOException {
            float lead = t.size() * 1.5f;
            for (String line : wrap(t.text(), t.size(), width())) {
                if (!fits(lead)) {
                    page();
                }
                float x = t.centred() ? MARGIN + (width() - textWidth(line, t.size())) / 2 : MARGIN;
                show(line, x, y - t.size(), t.size());
                y -= lead;
            }
        }

        private void table(Table t) throws IOException {
            float total = 0;
            for (float w : t.widths()) {
                total += w;
            }
            float[] cols = new float[t.header().size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = width() * (i < t.widths().length ? t.widths()[i] : 1) / total;
            }
            row(t.header(), cols, true);
            for (List<String> r : t.rows()) {
                if (!row(r, cols, false)) {
                    page();
                    row(t.header(), cols, true);
                    row(r, cols, false);
                }
            }
            y -= 6;
        }

        /** Draws one row; false (drawing nothing) when it does not fit on the page. */
        private boolean row(List<String> cells, float[] cols, boolean header) throws IOException {
            float fontSize = 9, lead = 12, pad = 3;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cols.length; i++) {
                String c = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
                List<String> w = wrap(c, fontSize, cols[i] - 2 * pad);
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            float h = lines * lead + 2 * pad;
            if (!fits(h)) {
                if (header || y < size.getHeight() - MARGIN - 1) {
                    return false;
                }
            }
            float x = MARGIN;
            if (header) {
                out.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                out.addRect(MARGIN, y - h, width(), h);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
            }
            out.setLineWidth(0.3f);
            for (int i = 0; i < cols.length; i++) {
                out.addRect(x, y - h, cols[i], h);
                out.stroke();
                float ty = y - pad - fontSize;
                for (String line : wrapped.get(i)) {
                    show(line, x + pad, ty, fontSize);
                    ty -= lead;
                }
                x += cols[i];
            }
            y -= h;
            return true;
        }
    }
}
