package org.jiandu.tasks.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.ScoreTable;

/** A period's ranking and every task's standing as a workbook (two sheets), or a PDF of both. */
final class TasksExport {

    private TasksExport() {
    }

    static void write(Path file, String county, ScoreTable table, List<AssignmentView> tasks) throws IOException {
        List<List<Object>> ranking = new ArrayList<>();
        ranking.add(List.of(TasksMessages.x_place, TasksMessages.x_body, TasksMessages.x_kind, TasksMessages.x_score,
                TasksMessages.x_on_time, TasksMessages.x_late, TasksMessages.x_failed, TasksMessages.x_missed, TasksMessages.x_pending,
                TasksMessages.x_returns, TasksMessages.x_published));
        for (ScoreTable.Row r : table.rows()) {
            ranking.add(List.of(r.place(), r.bodyName(), TasksMessages.label(r.kind()), r.score(), r.onTime(), r.late(), r.failed(),
                    r.missed(), r.pending(), r.returns(),
                    r.publishedScore() == null ? "" : r.publishedPlace() + " / " + r.publishedScore()));
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(TasksMessages.x_list, TasksMessages.x_task, TasksMessages.x_body, TasksMessages.x_deadline, TasksMessages.x_status,
                TasksMessages.x_warning, TasksMessages.x_days_late, TasksMessages.x_returns, TasksMessages.x_points));
        for (AssignmentView a : tasks) {
            rows.add(List.of(a.listTitle(), a.taskNo() + ". " + a.title(), a.bodyName(), a.standing().deadline().toString(),
                    TasksMessages.label(a.standing().status()), TasksMessages.label(a.standing().warning()), a.standing().daysLate(),
                    a.standing().returns(), a.points()));
        }
        PdfReport.writeSheets(file, TasksMessages.bind(TasksMessages.x_title, county, table.period(), table.asOf()),
                List.of(new XlsxWriter.Sheet(TasksMessages.x_sheet_ranking, ranking),
                        new XlsxWriter.Sheet(TasksMessages.x_sheet_tasks, rows)));
    }
}
