package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.office.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeTest {

    @TempDir
    Path tmp;

    @Test
    void whatTheWriterWritesTheReaderReadsBackCellByCell() throws Exception {
        Path f = tmp.resolve("t.xlsx");
        XlsxWriter.write(f, List.of(new XlsxWriter.Sheet("名单", List.of(List.of("姓名", "学时"),
                Arrays.asList("张三", null, 12), List.of("<&>\"", 3.5))), new XlsxWriter.Sheet("空", List.of())));
        List<XlsxReader.Sheet> sheets = XlsxReader.read(f);
        assertEquals(List.of("名单", "空"), sheets.stream().map(XlsxReader.Sheet::name).toList());
        List<XlsxReader.Row> rows = sheets.get(0).rows();
        assertEquals(List.of(1, 2, 3), rows.stream().map(XlsxReader.Row::number).toList());
        assertEquals(List.of("张三", "", "12"), rows.get(1).cells(), "a missing cell keeps the columns in place");
        assertEquals("<&>\"", rows.get(2).cell(0));
        assertEquals("3.5", rows.get(2).cell(1));
        assertEquals("", rows.get(2).cell(9));
        assertTrue(sheets.get(1).rows().isEmpty());
    }

    @Test
    void notAWorkbookIsACleanError() throws Exception {
        Path f = Files.write(tmp.resolve("x.xlsx"), "just text".getBytes());
        org.jiandu.core.office.OfficePackage.PackageException e = assertThrows(org.jiandu.core.office.OfficePackage.PackageException.class,
                () -> XlsxReader.read(f));
        assertTrue(e.getMessage().contains("not a valid zip"), e.getMessage());
    }

    @Test
    void excelSerialDatesAndDisciplineFormsAreRead() {
        assertEquals(LocalDate.of(2024, 3, 1), XlsxReader.serialDate(45352));
        assertEquals(LocalDate.of(1900, 3, 1), XlsxReader.serialDate(61));
        for (String s : new String[] { "2", "二", "第二种形态", "第2种形态", "second", "2.0" }) {
            assertEquals(Optional.of(DisciplineForm.SECOND), DisciplineForm.parse(s), s);
        }
        assertEquals(Optional.empty(), DisciplineForm.parse("5"));
        assertEquals("第四种形态", DisciplineForm.FOURTH.chinese());
    }

    /** A package of the given parts, as a hostile workbook would be written. */
    private Path workbook(String name, String sheetData, String sharedStrings) throws Exception {
        Path f = tmp.resolve(name);
        try (var z = new ZipOutputStream(Files.newOutputStream(f))) {
            String[][] parts = { { "xl/workbook.xml",
                    "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>" },
                    { "xl/_rels/workbook.xml.rels",
                            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>" },
                    { "xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>" },
                    { "xl/sharedStrings.xml", sharedStrings == null ? "<sst/>" : sharedStrings } };
            for (String[] p : parts) {
                z.putNextEntry(new ZipEntry(p[0]));
                z.write(p[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }

    /** Bytes the current thread allocated so far (HotSpot's ThreadMXBean, read through its MBean attribute). */
    private static long allocated() throws Exception {
        return (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new javax.management.ObjectName("java.lang:type=Threading"), "CurrentThreadAllocatedBytes");
    }

    @Test
    void aCellAtColumnXfdDoesNotPadItsRow() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 3000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        Path f = workbook("wide.xlsx", rows.toString(), null);
        assertTrue(Files.size(f) < 64 * 1024, "a small file: " + Files.size(f));
        long before = allocated();
        List<XlsxReader.Row> read = XlsxReader.read(f).get(0).rows();
        long used = allocated() - before;
        assertEquals(3000, read.size());
        assertEquals("x", read.get(2999).cell(16_383));
        assertEquals("", read.get(2999).cell(5));
        assertTrue(used < 32L << 20, "reading a 3 000-cell sheet allocated " + (used >> 20) + " MB");
    }

    @Test
    void rowNumbersBeyondExcelsAndTextAmplifiedThroughSharedStringsAreRefused() throws Exception {
        Path far = workbook("far.xlsx", "<row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row>", null);
        var e = assertThrows(org.jiandu.core.office.OfficePackage.PackageException.class, () -> XlsxReader.read(far));
        assertTrue(e.getMessage().contains("row"), e.getMessage());
        // one shared string of 100 000 characters in 400 cells: 40 million characters from a file of a few KB
        String big = "<sst><si><t>" + "长".repeat(100_000) + "</t></si></sst>";
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 400; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>0</v></c></row>");
        }
        Path amplified = workbook("amplified.xlsx", rows.toString(), big);
        var t = assertThrows(org.jiandu.core.office.OfficePackage.PackageException.class, () -> XlsxReader.read(amplified));
        assertTrue(t.getMessage().contains("text"), t.getMessage());
    }
}
