package org.jiandu.tasks.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.Outcome;
import org.jiandu.tasks.TaskLabels;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Session;

/**
 * The issuer verifies a waiting report (线下核查): accepted, returned for more by a day, or failed on the on-site
 * check; a return or a failure says why. The verifier is the user, who must not have made the report.
 */
final class VerifyDialog extends TaskFormDialog {

    static final String OUTCOME = "jiandu.tasks.verify.outcome", NOTE = "jiandu.tasks.verify.note", BY = "jiandu.tasks.verify.by",
            DAY = "jiandu.tasks.verify.day";
    private static final List<Outcome> OUTCOMES = List.of(Outcome.ACCEPTED, Outcome.RETURNED, Outcome.FAILED);

    private final TasksService tasks;
    private final Session session;
    private final AssignmentView task;
    private Combo outcome;
    private Text note;
    private DateField by;
    private DateField day;

    VerifyDialog(Shell parent, TasksService tasks, Session session, AssignmentView task) {
        super(parent, Mnemonics.plain(Messages.verify), Messages.verify_do);
        this.tasks = tasks;
        this.session = session;
        this.task = task;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, NLS.bind(Messages.verify_intro, new Object[] { task.bodyName(), task.title(), session.subject().displayName() }));
        outcome = combo(fields, Messages.verify_outcome, OUTCOMES.stream().map(TaskLabels::of).toList(), 0, OUTCOME);
        note = area(fields, Messages.verify_note, NOTE, 60);
        by = dateField(fields, Messages.verify_by, LocalDate.now().plusDays(5), BY);
        day = dateField(fields, Messages.day, LocalDate.now(), DAY);
        outcome.addListener(SWT.Selection, e -> by.setEnabled(chosen() == Outcome.RETURNED));
        by.setEnabled(false);
    }

    private Outcome chosen() {
        return OUTCOMES.get(Math.max(0, outcome.getSelectionIndex()));
    }

    @Override
    protected void save() {
        Outcome o = chosen();
        tasks.verify(session.subject(), task.id(), task.version(), o, note.getText(), date(day, Messages.day),
                o == Outcome.RETURNED ? date(by, Messages.verify_by) : null);
    }
}
