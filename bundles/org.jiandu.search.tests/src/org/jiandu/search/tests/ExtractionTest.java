package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jiandu.search.extract.ExtractionException;
import org.jiandu.search.extract.Extractors;
import org.jiandu.search.extract.TextDecoding;
import org.jiandu.search.extract.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractionTest {

    static final String SAMPLE = "关于商州区某镇纪委书记违规发放补贴问题的谈话笔录。张三（化名）于2023年5月接受函询。";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "UTF-8", "GB18030", "GBK", "GB2312", "UTF-16LE", "UTF-16BE" })
    void decodesEveryEncodingArchivesUse(String charset) {
        String text = charset.equals("GB2312") ? "关于违规发放补贴问题的谈话笔录,张三接受函询。" : SAMPLE;
        assertEquals(text, TextDecoding.decode(text.getBytes(Charset.forName(charset))));
    }

    @Test
    void byteOrderMarksDecide() {
        byte[] le = SAMPLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(SAMPLE, TextDecoding.decode(withBom));
    }

    @Test
    void docxParagraphs() throws Exception {
        Path f = Fixtures.docx(dir.resolve("谈话笔录.docx"), "第一段:李四", "第二段 & <特殊> 字符");
        String t = Extractors.extract(f).get(0).text();
        assertTrue(t.contains("第一段:李四\n第二段 & <特殊> 字符"), t);
    }

    @Test
    void xlsxSheetsAreAddressable() throws Exception {
        Path f = Fixtures.xlsx(dir.resolve("台账.xlsx"), new String[] { "一月", "二月" },
                new String[][][] { { { "姓名", "金额" }, { "王五", "1200" } }, { { "赵六", "300" } } });
        List<TextUnit> units = Extractors.extract(f);
        assertEquals(2, units.size());
        assertEquals("一月", units.get(0).label());
        assertEquals(1, units.get(0).number());
        assertTrue(units.get(0).text().contains("王五\t1200"), units.get(0).text());
        assertEquals("二月", units.get(1).label());
        assertTrue(units.get(1).text().contains("赵六"));
    }

    @Test
    void htmlWithEntitiesAndScripts() throws Exception {
        Path f = Fixtures.text(dir.resolve("a.html"), "<html><head><meta charset=\"gbk\"><script>var x='秘密';</script></head>"
                + "<body><p>举报&amp;信访</p><p>&#x5f20;三</p></body></html>", Charset.forName("GBK"));
        String t = Extractors.extract(f).get(0).text();
        assertTrue(t.contains("举报&信访") && t.contains("张三") && !t.contains("秘密"), t);
    }

    @Test
    void rtfWithGbkEscapesAndUnicode() throws Exception {
        // 谈话 in GBK is CC B8 BB B0; 笔 as \\u31508
        String rtf = "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\f0 \\'cc\\'b8\\'bb\\'b0\\u31508?\\par end}";
        Path f = Fixtures.write(dir.resolve("a.rtf"), rtf.getBytes(StandardCharsets.ISO_8859_1));
        String t = Extractors.extract(f).get(0).text();
        assertTrue(t.startsWith("谈话笔\nend"), t);
    }

    @Test
    void pdfPagesAreAddressable() throws Exception {
        Path f = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String text : new String[] { "first page about funds", "second page names Wang" }) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(f.toFile());
        }
        List<TextUnit> pages = Extractors.extract(f);
        assertEquals(2, pages.size());
        assertEquals(2, pages.get(1).number());
        assertTrue(pages.get(1).text().contains("second page names Wang"), pages.get(1).text());
    }

    @Test
    void everyBadFileKindGivesOneClearError() throws Exception {
        assertError(Fixtures.write(dir.resolve("empty.txt"), new byte[0]), "empty file");
        assertError(Fixtures.write(dir.resolve("random.docx"), "not a zip at all".getBytes()), "damaged DOCX");
        byte[] ole = new byte[512];
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        assertError(Fixtures.write(dir.resolve("旧格式.doc"), ole), "no compound-file signature");
        assertError(Fixtures.write(dir.resolve("locked.xlsx"), ole), "password-protected");
        Path docx = Fixtures.docx(dir.resolve("good.docx"), "内容");
        byte[] whole = Files.readAllBytes(docx);
        assertError(Fixtures.write(dir.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length / 2)), "DOCX");
        Fixtures.zip(dir.resolve("nodoc.docx"), List.of(new String[][] { { "other.xml", "<a/>" } }));
        assertError(dir.resolve("nodoc.docx"), "word/document.xml is missing");
        Fixtures.zip(dir.resolve("bad.docx"), List.of(new String[][] { { "word/document.xml", "<w:document><w:body><unclosed>" } }));
        assertError(dir.resolve("bad.docx"), "cannot read");
        // a hostile DOCX asking for an external entity is not followed
        Fixtures.zip(dir.resolve("xxe.docx"), List.of(new String[][] { { "word/document.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d><t>&x;</t></d>" } }));
        try {
            String t = Extractors.extract(dir.resolve("xxe.docx")).get(0).text();
            assertTrue(!t.contains("root:"), "external entity was resolved");
        } catch (ExtractionException expected) {
            // refusing the file is fine too
        }
        assertError(Fixtures.write(dir.resolve("trunc.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes()), "PDF");
        Path enc = dir.resolve("encrypted.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission()));
            doc.save(enc.toFile());
        }
        assertError(enc, "password-protected PDF");
        assertError(Fixtures.write(dir.resolve("x.rtf"), "{\\rtf1 never closed".getBytes()), "truncated RTF");
    }

    /** A fixture file of this test bundle, copied to the temporary folder under {@code name}. */
    private Path fixture(String file, String name) throws Exception {
        // this test bundle is a fragment: findEntries looks in the host and its fragments
        var found = org.osgi.framework.FrameworkUtil.getBundle(ExtractionTest.class).findEntries("fixtures", file, false);
        if (found == null || !found.hasMoreElements()) {
            throw new AssertionError("fixture " + file + " is missing");
        }
        try (var in = found.nextElement().openStream()) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    @Test
    void wordAndExcel97FilesFromARealOfficeProgram() throws Exception {
        String doc = Extractors.extract(fixture("interview.doc", "谈话笔录.doc")).get(0).text();
        for (String part : List.of("谈话笔录", "被谈话人张某某", "龙驹寨街道梨店社区党支部书记", "38,500元", "虚列劳务费", "21000",
                "套取补贴 Subsidy", "Interview record, second page")) {
            assertTrue(doc.contains(part), part + " in " + doc);
        }
        List<TextUnit> sheets = Extractors.extract(fixture("ledger.xls", "台账.xls"));
        assertEquals(List.of("问题线索", "整改情况"), sheets.stream().map(TextUnit::label).toList(), "sheets by name, in order");
        assertEquals(List.of(1, 2), sheets.stream().map(TextUnit::number).toList());
        assertTrue(sheets.get(0).text().contains("李某某（铁峪铺镇）\t12345.5"), sheets.get(0).text());
        assertTrue(sheets.get(0).text().contains("王某 Wang"), sheets.get(0).text());
        assertTrue(sheets.get(1).text().contains("村集体三资管理专项整改已完成"), sheets.get(1).text());
        // 600 shared strings: the string table continues over several records, strings split across them
        String clues = Extractors.extract(fixture("clues.xls", "线索台账.xls")).get(0).text();
        for (int i = 0; i < 600; i++) {
            String want = String.format("线索%04d号：某某村干部涉嫌侵占集体资金\t%d", i, i * 7);
            assertTrue(clues.contains(want), want);
        }
    }

    @Test
    void oldExtensionsHoldingOtherFormatsAreReadForWhatTheyAre() throws Exception {
        Path docx = Fixtures.docx(dir.resolve("new.docx"), "新格式另存为旧扩展名");
        Files.copy(docx, dir.resolve("renamed.doc"));
        assertTrue(Extractors.extract(dir.resolve("renamed.doc")).get(0).text().contains("新格式另存为旧扩展名"));
        Fixtures.write(dir.resolve("web.xls"), "<html><body><table><tr><td>导出的表格</td><td>42</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(Extractors.extract(dir.resolve("web.xls")).get(0).text().contains("导出的表格"));
        Fixtures.text(dir.resolve("export.xls"), "姓名\t单位\n张三\t商州区纪委\n", Charset.forName("GB18030"));
        assertTrue(Extractors.extract(dir.resolve("export.xls")).get(0).text().contains("商州区纪委"));
        Fixtures.write(dir.resolve("rtf.doc"), "{\\rtf1\\ansi 保存为DOC的RTF}".getBytes(StandardCharsets.UTF_8));
        Extractors.extract(dir.resolve("rtf.doc")); // read as RTF, not refused as a broken .doc
    }

    @Test
    void damagedAndProtectedOffice97FilesGiveOneClearError() throws Exception {
        byte[] doc = Files.readAllBytes(fixture("interview.doc", "a.doc"));
        assertError(Fixtures.write(dir.resolve("truncated.doc"), Arrays.copyOf(doc, doc.length / 2)), "damaged");
        byte[] locked = doc.clone();
        int fib = indexOf(locked, new byte[] { (byte) 0xEC, (byte) 0xA5 }, 512);
        locked[fib + 0x0B] |= 0x01; // fEncrypted
        assertError(Fixtures.write(dir.resolve("locked.doc"), locked), "encrypted");
        assertError(Fixtures.write(dir.resolve("sheet.doc"), Files.readAllBytes(fixture("ledger.xls", "b.xls"))), "no WordDocument stream");
        byte[] xls = Files.readAllBytes(fixture("ledger.xls", "c.xls"));
        byte[] filepass = xls.clone();
        int bof = indexOf(filepass, new byte[] { 0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00 }, 0);
        filepass[bof + 20] = 0x2F; // the record after the workbook's BOF becomes FILEPASS
        filepass[bof + 21] = 0x00;
        assertError(Fixtures.write(dir.resolve("locked.xls"), filepass), "encrypted");
        byte[] chain = xls.clone();
        Arrays.fill(chain, 0x4C, 0x4C + 4, (byte) 0x7F); // the first FAT sector points far outside the file
        assertError(Fixtures.write(dir.resolve("badfat.xls"), chain), "outside the file");
        assertError(Fixtures.write(dir.resolve("noise.doc"), "这不是Word文档\u0001\u0002".getBytes(StandardCharsets.UTF_8)),
                "no compound-file signature");
        assertError(Fixtures.write(dir.resolve("slides.ppt"), doc), "PowerPoint");
    }

    /** Bytes the current thread allocated so far (HotSpot's ThreadMXBean, read through its MBean attribute). */
    static long allocated() throws Exception {
        return (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new javax.management.ObjectName("java.lang:type=Threading"), "CurrentThreadAllocatedBytes");
    }

    @Test
    void htmlOfUnclosedCommentsScriptsAndTagsIsReadInLinearTime() throws Exception {
        String hostile = "<p>开头</p>" + "<!--".repeat(20_000) + "<script".repeat(10_000) + "<".repeat(80_000);
        Path f = Fixtures.write(dir.resolve("hostile.html"), hostile.getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        try {
            Extractors.extract(f);
        } catch (ExtractionException fine) {
            // refusing it is fine; taking seconds is not
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 1_000, "240 KB of unclosed markup took " + ms + " ms");
    }

    @Test
    void htmlTextStructureAndEntitiesSurviveTheParser() throws Exception {
        Path f = Fixtures.write(dir.resolve("p.html"), ("<html><head><title>标题</title><style>p{}</style></head><body>"
                + "<div>甲</div><p>乙&lt;丙&gt;</p><!-- 注释 --><SCRIPT type=x>var 秘密;</SCRIPT >丁<br>戊&#20320;&unknown;</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        String t = Extractors.extract(f).get(0).text();
        assertTrue(t.contains("甲") && t.contains("乙<丙>") && t.contains("丁\n戊你&unknown;"), t);
        assertTrue(!t.contains("秘密") && !t.contains("注释") && !t.contains("p{}"), t);
    }

    /**
     * A compound file whose FAT is one sector repeated 2 048 times (through a DIFAT sector that points to itself)
     * and whose every chain points back to its own start: a cycle must be seen at once, not after the FAT's length.
     */
    @Test
    void aSectorChainCycleIsRefusedWithoutReadingAroundIt() throws Exception {
        int sectors = 2048;
        byte[] b = new byte[512 * (sectors + 1)];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }, 0, b, 0,
                8);
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
        h.putInt(0x2C, sectors); // FAT sectors
        h.putInt(0x30, 0); // directory starts at sector 0, whose FAT entry is 0: itself
        h.putInt(0x3C, 0xFFFFFFFE);
        h.putInt(0x44, 1).putInt(0x48, sectors); // DIFAT at sector 1, which continues at sector 1
        h.putInt(512 * 2 + 508, 1);
        Path f = Fixtures.write(dir.resolve("cycle.doc"), b);
        long before = allocated();
        ExtractionException e = assertThrows(ExtractionException.class, () -> Extractors.extract(f));
        long used = allocated() - before;
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(used < 24L << 20, "a 1 MB file with a chain cycle allocated " + (used >> 20) + " MB");
    }

    @Test
    void ocrThatHangsIsStoppedAtItsTimeLimit() throws Exception {
        // a recogniser that writes a little and then hangs with its output still open
        Path hang = Fixtures.write(dir.resolve("hang.sh"), "#!/bin/sh\necho partial\nexec sleep 60\n".getBytes(StandardCharsets.UTF_8));
        hang.toFile().setExecutable(true);
        org.jiandu.search.extract.Ocr ocr = new org.jiandu.search.extract.Ocr(dir.resolve("cache"), List.of(hang.toString()), 2);
        long t0 = System.nanoTime();
        ExtractionException e = assertThrows(ExtractionException.class, () -> ocr.recognize(new byte[] { 1, 2, 3 }));
        long s = (System.nanoTime() - t0) / 1_000_000_000;
        assertTrue(e.getMessage().contains("longer than 2 s"), e.getMessage());
        assertTrue(s < 10, "a 2 s limit took " + s + " s");
    }

    @Test
    void hugePagesAreRenderedForOcrWithinAPixelBudget() {
        float dpi = Extractors.renderDpi(14_400, 14_400); // 200 × 200 inches, the largest page PDF allows
        double pixels = Math.pow(200 * dpi, 2);
        assertTrue(pixels <= 40_000_000, "a 200-inch page at " + dpi + " dpi is " + (long) pixels + " pixels");
        assertEquals(300, Extractors.renderDpi(595, 842), 0.01, "an A4 page keeps 300 dpi");
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer: for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void assertError(Path f, String expected) {
        ExtractionException e = assertThrows(ExtractionException.class, () -> Extractors.extract(f), f.toString());
        assertTrue(e.getMessage().contains(expected), f.getFileName() + ": " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
