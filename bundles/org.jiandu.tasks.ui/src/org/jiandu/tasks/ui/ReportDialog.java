package org.jiandu.tasks.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Session;

/** A body's report (线上报告) on its task: what was done, the evidence file the task asks for, the day. */
final class ReportDialog extends TaskFormDialog {

    static final String TEXT = "jiandu.tasks.report.text", FILE = "jiandu.tasks.report.file", DAY = "jiandu.tasks.report.day";

    private final TasksService tasks;
    private final Session session;
    private final AssignmentView task;
    private Text text;
    private Text file;
    private DateField day;

    ReportDialog(Shell parent, TasksService tasks, Session session, AssignmentView task) {
        super(parent, Mnemonics.plain(Messages.report), Messages.report_do);
        this.tasks = tasks;
        this.session = session;
        this.task = task;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, NLS.bind(Messages.report_intro, new Object[] { task.bodyName(), task.title(), task.requirement(),
            task.evidence() == null ? Messages.none : task.evidence(), task.standing().deadline() }));
        text = area(fields, Messages.report_text, TEXT, 80);
        file = fileField(fields, Messages.report_file, FILE);
        day = dateField(fields, Messages.day, LocalDate.now(), DAY);
    }

    @Override
    protected void save() {
        Path evidence = file.getText().isBlank() ? null : Path.of(file.getText().strip());
        try {
            tasks.report(session.subject(), task.id(), task.version(), text.getText(), evidence, date(day, Messages.day));
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.cannot_read, evidence), e);
        }
    }
}
