package org.jiandu.tasks.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.BodyView;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.ui.DateField;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.Session;

/** 发现问题: records a problem found at a body (from one of its tasks, or chosen from the county's bodies). */
final class ProblemDialog extends FormDialog {

    static final String BODY = "jiandu.tasks.problem.body", CATEGORY = "jiandu.tasks.problem.category", TEXT = "jiandu.tasks.problem.text",
            DAY = "jiandu.tasks.problem.day";

    private final ClosedLoopService loops;
    private final Session session;
    private final List<BodyView> bodies;
    private final Long assignmentId;
    private Combo body;
    private Text category;
    private Text problem;
    private DateField day;

    /** A problem found in one body's task. */
    ProblemDialog(Shell parent, ClosedLoopService loops, Session session, String bodyCode, String bodyName, long assignmentId) {
        this(parent, loops, session, List.of(new BodyView(bodyCode, bodyName, null, null, null, null, null)), assignmentId);
    }

    /** A problem found at one of the county's bodies. */
    ProblemDialog(Shell parent, ClosedLoopService loops, Session session, List<BodyView> bodies) {
        this(parent, loops, session, bodies, null);
    }

    private ProblemDialog(Shell parent, ClosedLoopService loops, Session session, List<BodyView> bodies, Long assignmentId) {
        super(parent, Mnemonics.plain(Messages.record_problem), Messages.record_do);
        this.loops = loops;
        this.session = session;
        this.bodies = bodies;
        this.assignmentId = assignmentId;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, Messages.problem_intro);
        body = combo(fields, Messages.col_body, bodies.stream().map(BodyView::name).toList(), 0, BODY);
        category = text(fields, Messages.col_category, null, CATEGORY);
        problem = text(fields, Messages.col_problem, null, TEXT);
        day = dateField(fields, Messages.day, LocalDate.now(), DAY);
    }

    @Override
    protected void save() {
        BodyView b = bodies.get(Math.max(0, body.getSelectionIndex()));
        loops.find(session.subject(), session.county().id(), b.code(), category.getText(), problem.getText(), date(day, Messages.day),
                assignmentId);
    }
}
