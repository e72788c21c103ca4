package org.jiandu.training.ui;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.security.Subject;
import org.jiandu.training.CourseKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingService;

/** A new training session (and its course): kind, title, hours, dates, place, trainer, capacity, regulation. */
final class SessionDialog extends FormDialog {

    private final TrainingService training;
    private final Subject subject;
    private Text code, title, hours, start, end, place, trainer, capacity, regulation, effective;
    private Combo kind;
    private SessionView saved;

    SessionDialog(Shell shell, TrainingService training, Subject subject) {
        super(shell, Messages.session_new);
        this.training = training;
        this.subject = subject;
    }

    @Override
    protected void build(Composite p) {
        LocalDate d = LocalDate.now().plusDays(14);
        code = text(p, Messages.col_code, "", "jiandu.training.session.code");
        kind = combo(p, Messages.col_kind, Arrays.stream(CourseKind.values()).map(Labels::of).toList(),
                CourseKind.TOPICAL.ordinal(), "jiandu.training.session.kind");
        title = text(p, Messages.col_title, "", "jiandu.training.session.title");
        hours = text(p, Messages.col_hours, "16", "jiandu.training.session.hours");
        start = text(p, Messages.col_start, d.toString(), "jiandu.training.session.start");
        end = text(p, Messages.col_end, d.plusDays(1).toString(), "jiandu.training.session.end");
        place = text(p, Messages.col_place, "", "jiandu.training.session.place");
        // the trainer is a trainer's account (its login name), checked by the service
        trainer = text(p, Messages.col_trainer, "", "jiandu.training.session.trainer");
        capacity = text(p, Messages.col_capacity, "60", "jiandu.training.session.capacity");
        regulation = text(p, Messages.col_regulation, "", "jiandu.training.session.regulation");
        effective = text(p, Messages.col_effective, "", "jiandu.training.session.effective");
    }

    @Override
    protected void save() {
        Double h = number(hours, Messages.col_hours);
        Double cap = number(capacity, Messages.col_capacity);
        saved = training.saveSession(subject, new SessionView(0, 0, code.getText(), null,
                CourseKind.values()[kind.getSelectionIndex()], title.getText(), h == null ? 0 : h, date(start, Messages.col_start),
                date(end, Messages.col_end), place.getText(), trainer.getText(), cap == null ? 0 : cap.intValue(), null,
                regulation.getText(), date(effective, Messages.col_effective), 0, 0));
    }

    SessionView saved() {
        return saved;
    }
}
