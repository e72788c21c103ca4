package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
        org.jiandu.core.office.OfficePackage.PackageException e = assertThrows(org.jiandu.core.office.OfficePackage.PackageException.class, () -> XlsxReader.read(f));
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
}
