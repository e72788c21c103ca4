package org.jiandu.training.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Item 10 of issue 17: the PDF transcript broke cadre numbers across lines; a code column now fits its codes. */
class PdfWidthsTest {

    @Test
    void aCodeColumnIsAsWideAsItsLongestCodeAndTheFreeTextTakesTheRest() {
        List<String> header = List.of("干部编号", "姓名", "未完成事项");
        List<List<String>> rows = List.of(List.of("danfeng-c00123", "张三", "年度全员培训未完成；学时 8/40"),
                List.of("danfeng-c00007", "李四", ""));
        float[] w = PdfWidths.of(header, rows, 2, false);
        float total = w[0] + w[1] + w[2];
        // the code column's share of a portrait page's 515 pt, at 9 pt (about 5.2 pt a digit) and 3 pt padding each side
        assertTrue(w[0] / total * 515 >= "danfeng-c00123".length() * 5.2 + 6, "code column " + w[0] + " of " + total);
        assertTrue(w[2] > w[0], "the free text is the widest column");
    }
}
