package org.jiandu.tasks.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.DateField;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** A body's report (线上报告) on its task: what was done, the evidence file the task asks for, the day. */
final class ReportDialog extends FormDialog {

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
        new Label(fields, SWT.NONE).setText(Messages.report_text);
        text = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setData("name", TEXT);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 80;
        gd.widthHint = 320;
        text.setLayoutData(gd);
        Widgets.tabMovesOn(text);
        file = text(fields, Messages.report_file, null, FILE);
        new Label(fields, SWT.NONE);
        Widgets.button(Widgets.row(fields), Messages.choose_file, true, () -> {
            FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
            String f = fd.open();
            if (f != null) {
                file.setText(f);
            }
        });
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
