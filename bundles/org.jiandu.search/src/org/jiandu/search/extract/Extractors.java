package org.jiandu.search.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiandu.core.office.OfficePackage;
import org.jiandu.core.office.XlsxReader;

/**
 * Text from the file kinds of case archives. Every failure becomes one {@link ExtractionException} with a
 * one-line reason; nothing here throws anything else for a bad file. DOCX and XLSX are read as the zip+XML they
 * are (no POI in the runtime), PDFs with PDFBox, page by page.
 */
public final class Extractors {

    /** Refuse files whose text would not fit comfortably in memory, and zip bombs. */
    static final long MAX_FILE = 256L << 20;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no external entities from hostile files
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private Extractors() {
    }

    /** File kinds we read, by extension. */
    public static boolean supports(Path file) {
        return switch (type(file)) {
            case "txt", "csv", "md", "log", "html", "htm", "docx", "xlsx", "pdf", "rtf", "doc", "xls" -> true;
            case "png", "jpg", "jpeg", "tif", "tiff", "bmp" -> true; // scans, through OCR
            default -> false;
        };
    }

    /** Why a file kind is not read, in words that say what to do about it. */
    public static String unsupported(Path file) {
        return switch (type(file)) {
            case "ppt" -> "PowerPoint 97–2003 slides (.ppt) are not read: save them as PDF to index them";
            case "" -> "a file without an extension is not indexed";
            default -> "unsupported file type ." + type(file);
        };
    }

    public static String type(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static List<TextUnit> extract(Path file) throws ExtractionException {
        return extract(file, null, null);
    }

    /**
     * @param content the file's bytes when the caller has read them already (the indexer hashes them), or null;
     *                text formats are decoded from them instead of reading the file a second time
     * @param ocr     recognises scanned images and PDF pages without a text layer; null to refuse them
     */
    public static List<TextUnit> extract(Path file, byte[] content, Ocr ocr) throws ExtractionException {
        return extract(file, content, ocr, Deadline.PER_FILE);
    }

    /** @param budget how long reading this file may take (OCR has its own limit per image on top) */
    public static List<TextUnit> extract(Path file, byte[] content, Ocr ocr, Duration budget)
            throws ExtractionException {
        Deadline.start(budget);
        try {
            return read(file, content, ocr);
        } finally {
            Deadline.clear();
        }
    }

    private static List<TextUnit> read(Path file, byte[] content, Ocr ocr) throws ExtractionException {
        long size;
        try {
            size = content != null ? content.length : Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + e.getMessage());
        }
        if (size == 0) {
            throw new ExtractionException("empty file");
        }
        if (size > MAX_FILE) {
            throw new ExtractionException("file too large (" + (size >> 20) + " MB; the limit is " + (MAX_FILE >> 20) + " MB)");
        }
        try {
            return switch (type(file)) {
                case "txt", "csv", "md", "log" -> List.of(new TextUnit(0, null, TextDecoding.decode(head(bytes(file, content))), false));
                case "html", "htm" -> List.of(new TextUnit(0, null, html(bytes(file, content)), false));
                case "docx" -> List.of(new TextUnit(0, null, docx(file), false));
                case "xlsx" -> xlsx(file);
                case "doc", "xls" -> office97(file, bytes(file, content));
                case "pdf" -> pdf(file, ocr);
                case "png", "jpg", "jpeg", "tif", "tiff", "bmp" -> {
                    if (ocr == null) {
                        throw new ExtractionException("a scanned image needs OCR, which is not configured here");
                    }
                    yield List.of(new TextUnit(0, null, ocr.recognize(bytes(file, content)), true));
                }
                case "rtf" -> List.of(new TextUnit(0, null, Rtf.text(bytes(file, content)), false));
                default -> throw new ExtractionException(unsupported(file));
            };
        } catch (ExtractionException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new ExtractionException("cannot read the file (" + oneLine(e) + ")", e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new ExtractionException("the file is too deeply nested or too large to read", null);
        }
    }

    /**
     * A .doc or .xls: the binary Office 97–2003 format, or — as archives often hold — a newer file, RTF, a web page or
     * (for .xls) delimited text saved under the old extension; each is read for what it is.
     */
    static List<TextUnit> office97(Path file, byte[] b) throws ExtractionException, IOException, XMLStreamException {
        boolean word = type(file).equals("doc");
        if (Ole2.startsWithSignature(b)) {
            return word ? List.of(new TextUnit(0, null, Doc97.text(b), false)) : Xls97.units(b);
        }
        if (b.length > 4 && b[0] == 'P' && b[1] == 'K') {
            return word ? List.of(new TextUnit(0, null, docx(file), false)) : xlsx(file);
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("{\\rtf")) {
            return List.of(new TextUnit(0, null, Rtf.text(b), false));
        }
        if (head.contains("mime-version:")) {
            throw new ExtractionException("a web archive (MHT) saved as ." + type(file) + " is not read: save it as ."
                    + type(file) + "x or PDF to index it");
        }
        if (head.contains("<html") || head.contains("<!doctype") || head.contains("<table")) {
            return List.of(new TextUnit(0, null, html(b), false));
        }
        if (!word && looksLikeText(b)) {
            return List.of(new TextUnit(0, null, TextDecoding.decode(b), false)); // a CSV or TSV export named .xls
        }
        throw new ExtractionException("not an Office 97–2003 file (no compound-file signature) nor a format saved under its name");
    }

    /** No control bytes at the start (a UTF-16 byte-order mark allows the zeros of UTF-16). */
    static boolean looksLikeText(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return true;
        }
        for (int i = 0; i < Math.min(b.length, 4096); i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain text is decoded from its first {@link #MAX_TEXT_BYTES} bytes only: more than the index keeps of one unit
     * (the indexer says so), and decoding all of a 256 MB log would need a gigabyte.
     */
    static final int MAX_TEXT_BYTES = 16 << 20;

    private static byte[] head(byte[] b) {
        if (b.length <= MAX_TEXT_BYTES) {
            return b;
        }
        // cut after a line break, so the encoding is still recognised: 0x0A is never part of a multi-byte character
        // in UTF-8 or GB18030; UTF-16 (with its byte-order mark) is cut at a whole code unit
        int cut = MAX_TEXT_BYTES;
        boolean utf16 = (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
        if (utf16) {
            cut &= ~1;
        } else {
            for (int i = MAX_TEXT_BYTES - 1; i > MAX_TEXT_BYTES - (1 << 20); i--) {
                if (b[i] == '\n') {
                    cut = i + 1;
                    break;
                }
            }
        }
        return Arrays.copyOf(b, cut);
    }

    private static byte[] bytes(Path file, byte[] content) throws IOException {
        return content != null ? content : Files.readAllBytes(file);
    }

    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    // ---- HTML: decoded like text (or by its meta charset), scripts and styles dropped, entities resolved

    static String html(byte[] bytes) {
        return Html.text(bytes);
    }

    // ---- DOCX / XLSX: Office Open XML packages

    static String docx(Path file) throws ExtractionException, IOException, XMLStreamException {
        try {
            return docxText(file);
        } catch (OfficePackage.PackageException e) {
            throw new ExtractionException(e.getMessage());
        }
    }

    private static String docxText(Path file) throws IOException, XMLStreamException {
        try (ZipFile zip = OfficePackage.open(file, "DOCX"); InputStream in = OfficePackage.part(zip, "word/document.xml", "DOCX")) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            StringBuilder sb = new StringBuilder();
            boolean inText = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    inText = n.equals("t");
                    if (n.equals("tab")) {
                        sb.append('\t');
                    } else if (n.equals("br") || n.equals("cr")) {
                        sb.append('\n');
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("t")) {
                        inText = false;
                    } else if (n.equals("p")) {
                        sb.append('\n');
                    }
                } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                    sb.append(r.getText());
                }
            }
            return sb.toString();
        }
    }

    static List<TextUnit> xlsx(Path file) throws ExtractionException, IOException {
        List<XlsxReader.Sheet> sheets;
        try {
            sheets = XlsxReader.read(file);
        } catch (OfficePackage.PackageException e) {
            throw new ExtractionException(e.getMessage());
        }
        List<TextUnit> units = new ArrayList<>();
        int no = 0;
        for (XlsxReader.Sheet sheet : sheets) {
            no++;
            StringBuilder sb = new StringBuilder();
            for (XlsxReader.Row row : sheet.rows()) {
                for (String cell : row.present()) {
                    if (!cell.isEmpty()) {
                        sb.append(cell).append('\t');
                    }
                }
                sb.append('\n');
            }
            units.add(new TextUnit(no, sheet.name(), sb.toString(), false));
        }
        return units;
    }

    // ---- PDF: the text layer, one unit per page

    /** The resolution a scanned page of this size (in points) is rendered at for OCR. */
    public static float renderDpi(float widthPt, float heightPt) {
        double inches2 = Math.max(1e-6, (double) widthPt / 72 * heightPt / 72);
        return (float) Math.min(OCR_DPI, Math.floor(Math.sqrt(MAX_OCR_PIXELS / inches2)));
    }

    /** Scans are recognised at 300 dpi, but never rendered to more than 40 million pixels (40 MB in grey). */
    static final int OCR_DPI = 300;
    static final double MAX_OCR_PIXELS = 40_000_000;

    static List<TextUnit> pdf(Path file, Ocr ocr) throws ExtractionException, IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<TextUnit> pages = new ArrayList<>();
            int n = doc.getNumberOfPages();
            PDFRenderer renderer = null;
            for (int p = 1; p <= n; p++) {
                Deadline.check();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                if (text.isBlank() && ocr != null && Ocr.available()) {
                    // a scanned page: no text layer, so render it and recognise the image
                    if (renderer == null) {
                        renderer = new PDFRenderer(doc);
                    }
                    org.apache.pdfbox.pdmodel.common.PDRectangle box = doc.getPage(p - 1).getCropBox();
                    java.awt.image.BufferedImage img = renderer.renderImageWithDPI(p - 1,
                            renderDpi(box.getWidth(), box.getHeight()), ImageType.GRAY);
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    javax.imageio.ImageIO.write(img, "png", png);
                    pages.add(new TextUnit(p, null, ocr.recognize(png.toByteArray()), true));
                } else {
                    pages.add(new TextUnit(p, null, text, false));
                }
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("password-protected PDF");
        } catch (IOException e) {
            throw new ExtractionException("damaged or truncated PDF (" + oneLine(e) + ")", e);
        }
    }

}
