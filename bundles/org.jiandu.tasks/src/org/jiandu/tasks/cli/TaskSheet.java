package org.jiandu.tasks.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.tasks.TaskDraft;

/**
 * A task list as a county keeps it in a spreadsheet: a header row, then one task per row in the columns task,
 * kind (共性/个性), requirement, evidence, points, deadline, bodies. Every bad cell is named with its row and column,
 * and nothing is issued while one is wrong.
 */
final class TaskSheet {

    static final int MAX_TASKS = 500;
    private static final String COLUMNS = "ABCDEFG";

    private TaskSheet() {
    }

    static List<TaskDraft> read(Path file) {
        List<XlsxReader.Row> rows;
        try {
            rows = XlsxReader.firstSheetRows(file);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCode.CHECK_FAILED, file + ": there is no such file");
        } catch (IOException | RuntimeException e) {
            throw new CliFailure(ExitCode.CHECK_FAILED, file + ": not a readable XLSX workbook (" + e.getMessage() + ")");
        }
        if (rows.size() < 2) {
            throw new CliFailure(ExitCode.CHECK_FAILED, file + ": a header row and at least one task are needed");
        }
        if (rows.size() - 1 > MAX_TASKS) {
            throw new CliFailure(ExitCode.CHECK_FAILED, file + ": " + (rows.size() - 1) + " tasks; a list holds at most " + MAX_TASKS);
        }
        List<String> problems = new ArrayList<>();
        List<TaskDraft> out = new ArrayList<>();
        for (XlsxReader.Row r : rows.subList(1, rows.size())) {
            String where = file.getFileName() + " row " + r.number();
            BigDecimal points = null;
            try {
                points = new BigDecimal(r.cell(4).strip());
            } catch (NumberFormatException e) {
                problems.add(where + " column " + COLUMNS.charAt(4) + ": points '" + r.cell(4) + "' is not a number");
            }
            LocalDate deadline = XlsxReader.date(r.cell(5)).orElse(null);
            if (deadline == null) {
                problems.add(where + " column " + COLUMNS.charAt(5) + ": deadline '" + r.cell(5) + "' is not a date");
            }
            try {
                out.add(new TaskDraft(r.cell(0).strip(), TasksCommands.kind(r.cell(1).isBlank() ? null : r.cell(1)), r.cell(2),
                        r.cell(3).isBlank() ? null : r.cell(3), points, deadline, TasksCommands.bodies(r.cell(6))));
            } catch (UsageException e) {
                problems.add(where + " column " + COLUMNS.charAt(1) + ": kind '" + r.cell(1) + "' is 共性 or 个性 (common or specific)");
            }
        }
        if (!problems.isEmpty()) {
            throw new CliFailure(ExitCode.CHECK_FAILED, "nothing was issued: " + String.join("; ", problems));
        }
        return out;
    }
}
