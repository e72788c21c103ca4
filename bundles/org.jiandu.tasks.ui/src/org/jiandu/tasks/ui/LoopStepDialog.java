package org.jiandu.tasks.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.ClosedLoopService;
import org.jiandu.tasks.LoopView;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Session;

/** One step of a closed loop: assign (owner, deadline), rectify (evidence), hold to account (how), close (销号). */
final class LoopStepDialog extends TaskFormDialog {

    enum Step {
        ASSIGN, RECTIFY, ACCOUNT, CLOSE
    }

    static final String OWNER = "jiandu.tasks.loop.owner", DEADLINE = "jiandu.tasks.loop.deadline", FILE = "jiandu.tasks.loop.file",
            NOTE = "jiandu.tasks.loop.note", DAY = "jiandu.tasks.loop.day";

    private final ClosedLoopService loops;
    private final Session session;
    private final LoopView loop;
    private final Step step;
    private Text owner;
    private DateField deadline;
    private Text file;
    private Text note;
    private DateField day;

    LoopStepDialog(Shell parent, ClosedLoopService loops, Session session, LoopView loop, Step step) {
        super(parent, Mnemonics.plain(title(step)), title(step).replace("…", ""));
        this.loops = loops;
        this.session = session;
        this.loop = loop;
        this.step = step;
    }

    static String title(Step step) {
        return switch (step) {
            case ASSIGN -> Messages.loop_assign;
            case RECTIFY -> Messages.loop_rectify;
            case ACCOUNT -> Messages.loop_account;
            case CLOSE -> Messages.loop_close;
        };
    }

    /** A step of the history (FIND, ASSIGN, …) in the user's words. */
    static String stepLabel(String step) {
        return Mnemonics.plain(step.equals("FIND") ? Messages.record_problem : title(Step.valueOf(step))).replace("…", "");
    }

    @Override
    protected void build(Composite fields) {
        note(fields, NLS.bind(Messages.loop_intro, new Object[] { loop.bodyName(), loop.category(), loop.problem() }));
        switch (step) {
            case ASSIGN -> {
                owner = text(fields, Messages.col_owner, null, OWNER);
                deadline = dateField(fields, Messages.col_deadline, LocalDate.now().plusDays(30), DEADLINE);
            }
            case RECTIFY -> {
                file = fileField(fields, Messages.report_file, FILE);
                note = text(fields, Messages.verify_note, null, NOTE);
            }
            case ACCOUNT -> note = text(fields, Messages.col_accountability, null, NOTE);
            case CLOSE -> note(fields, NLS.bind(Messages.loop_close_confirm, session.subject().displayName()));
        }
        day = dateField(fields, Messages.day, LocalDate.now(), DAY);
    }

    @Override
    protected void save() {
        LocalDate on = date(day, Messages.day);
        switch (step) {
            case ASSIGN -> loops.assign(session.subject(), loop.id(), loop.version(), owner.getText(), date(deadline,
                    Messages.col_deadline),
                    on);
            case RECTIFY -> {
                if (file.getText().isBlank()) {
                    throw new IllegalArgumentException(Messages.rectify_needs_file);
                }
                Path evidence = Path.of(file.getText().strip());
                try {
                    loops.rectify(session.subject(), loop.id(), loop.version(), evidence, note.getText(), on);
                } catch (IOException e) {
                    throw new UncheckedIOException(NLS.bind(Messages.cannot_read, evidence), e);
                }
            }
            case ACCOUNT -> loops.account(session.subject(), loop.id(), loop.version(), note.getText(), on);
            case CLOSE -> loops.close(session.subject(), loop.id(), loop.version(), on);
        }
    }
}
