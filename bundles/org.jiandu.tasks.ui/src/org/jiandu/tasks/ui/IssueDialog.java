package org.jiandu.tasks.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TaskSheet;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Session;

/**
 * Issues a task list from the county's own sheet (task, kind, requirement, evidence, points, deadline, bodies): every
 * bad cell is named by row and column and nothing is issued until the sheet is right.
 */
final class IssueDialog extends TaskFormDialog {

    static final String PERIOD = "jiandu.tasks.issue.period", TITLE = "jiandu.tasks.issue.title", FILE = "jiandu.tasks.issue.file",
            SPECIAL = "jiandu.tasks.issue.special", DAY = "jiandu.tasks.issue.day";

    private final TasksService tasks;
    private final Session session;
    private Text period;
    private Text title;
    private Text file;
    private Button special;
    private DateField day;
    private TaskListView issued;

    IssueDialog(Shell parent, TasksService tasks, Session session) {
        super(parent, Mnemonics.plain(Messages.issue), Messages.issue_do);
        this.tasks = tasks;
        this.session = session;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, Messages.issue_intro);
        String month = YearMonth.now().toString();
        period = text(fields, Messages.col_period, month, PERIOD);
        title = text(fields, Messages.issue_title, month + " " + Messages.issue_default_title, TITLE);
        file = fileField(fields, Messages.issue_file, FILE, "*.xlsx");
        new Label(fields, SWT.NONE);
        special = new Button(fields, SWT.CHECK);
        special.setText(Messages.issue_special);
        special.setData("name", SPECIAL);
        day = dateField(fields, Messages.day, LocalDate.now(), DAY);
    }

    @Override
    protected void save() {
        if (file.getText().isBlank()) {
            throw new IllegalArgumentException(Messages.issue_no_file);
        }
        issued = tasks.issue(session.subject(), session.county().id(), new ListDraft(period.getText(), title.getText(), special
                .getSelection(), date(day, Messages.day), TaskSheet.read(Path.of(file.getText().strip()))));
    }

    TaskListView issued() {
        return issued;
    }
}
