package org.jiandu.tasks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.office.XlsxReader;
import org.jiandu.tasks.internal.TasksMessages;

/**
 * A task list as a county keeps it in a spreadsheet: a header row, then one task per row in the columns task, kind
 * (共性/个性), requirement, evidence, points, deadline, bodies. Every bad cell is named with its row and column, and
 * nothing is issued while one is wrong. The command line and the screens read lists the same way.
 */
public final class TaskSheet {

    /** The most tasks a list holds. */
    public static final int MAX_TASKS = 500;
    private static final String COLUMNS = "ABCDEFG";

    private TaskSheet() {
    }

    /** @throws IllegalArgumentException naming the file, and each bad cell by row and column */
    public static List<TaskDraft> read(Path file) {
        List<XlsxReader.Row> rows;
        try {
            rows = XlsxReader.firstSheetRows(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.sheet_missing, file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.sheet_unreadable, file, e.getMessage()));
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.sheet_empty, file));
        }
        if (rows.size() - 1 > MAX_TASKS) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.sheet_too_long, new Object[] { file, rows.size() - 1,
                MAX_TASKS }));
        }
        List<String> problems = new ArrayList<>();
        List<TaskDraft> out = new ArrayList<>();
        for (XlsxReader.Row r : rows.subList(1, rows.size())) {
            Object name = file.getFileName();
            int row = r.number();
            BigDecimal points = null;
            try {
                points = new BigDecimal(r.cell(4).strip());
            } catch (NumberFormatException e) {
                problems.add(TasksMessages.bind(TasksMessages.sheet_cell, name, row, COLUMNS.charAt(4)) + ": "
                        + TasksMessages.bind(TasksMessages.sheet_points, cut(r.cell(4))));
            }
            LocalDate deadline = XlsxReader.date(r.cell(5)).orElse(null);
            if (deadline == null) {
                problems.add(TasksMessages.bind(TasksMessages.sheet_cell, name, row, COLUMNS.charAt(5)) + ": "
                        + TasksMessages.bind(TasksMessages.sheet_deadline, cut(r.cell(5))));
            }
            TaskKind kind = r.cell(1).isBlank() ? TaskKind.COMMON : TaskKind.parse(r.cell(1));
            if (kind == null) {
                problems.add(TasksMessages.bind(TasksMessages.sheet_cell, name, row, COLUMNS.charAt(1)) + ": "
                        + TasksMessages.bind(TasksMessages.sheet_kind, cut(r.cell(1))));
            }
            out.add(new TaskDraft(r.cell(0).strip(), kind, r.cell(2), r.cell(3).isBlank() ? null : r.cell(3), points, deadline,
                    bodies(r.cell(6))));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(TasksMessages.bind(TasksMessages.sheet_refused, String.join("; ", problems)));
        }
        return out;
    }

    /** A cell as a refusal repeats it: at most 40 characters (a crafted sheet does not make the message huge). */
    private static String cut(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 39) + "…";
    }

    /** The bodies a cell names, separated by commas (also Chinese ones), 、, semicolons or spaces. */
    public static List<String> bodies(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("[,，、;；\\s]+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
