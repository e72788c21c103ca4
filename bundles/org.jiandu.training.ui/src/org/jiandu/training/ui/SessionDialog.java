package org.jiandu.training.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.security.Subject;
import org.jiandu.training.CourseKind;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingRoles;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.DateField;
import org.jiandu.ui.NamePicker;
import org.jiandu.ui.PeopleNames;

/**
 * A new training session (and its course): kind, title, hours, dates, place, trainer, capacity, regulation. The
 * kinds offered are the ones the user's role may plan (a new-regulation requirement is the county's), and the
 * trainer is chosen by name among the trainers the service accepts.
 */
final class SessionDialog extends TrainingForm {

    private final TrainingService training;
    private final Subject subject;
    private final PeopleNames people;
    private final List<CourseKind> kinds;
    private Text code, title, hours, place, capacity, regulation;
    private DateField start, end, effective;
    private NamePicker trainer;
    private Combo kind;
    private SessionView saved;

    SessionDialog(Shell shell, TrainingService training, Subject subject, PeopleNames people) {
        super(shell, org.eclipse.jface.action.LegacyActionTools.removeMnemonics(Messages.session_new));
        this.training = training;
        this.subject = subject;
        this.people = people;
        this.kinds = Arrays.stream(CourseKind.values())
                .filter(k -> k != CourseKind.NEW_REGULATION || TrainingRoles.maySetCountyRules(subject.role())).toList();
    }

    @Override
    protected void build(Composite p) {
        LocalDate d = LocalDate.now().plusDays(14);
        code = text(p, Messages.col_code, "", "jiandu.training.session.code");
        kind = combo(p, Messages.col_kind, kinds.stream().map(Labels::of).toList(), kinds.indexOf(CourseKind.TOPICAL),
                "jiandu.training.session.kind");
        title = text(p, Messages.col_title, "", "jiandu.training.session.title");
        hours = text(p, Messages.col_hours, "16", "jiandu.training.session.hours");
        start = dateField(p, Messages.col_start, d, "jiandu.training.session.start");
        end = dateField(p, Messages.col_end, d.plusDays(1), "jiandu.training.session.end");
        place = text(p, Messages.col_place, "", "jiandu.training.session.place");
        new Label(p, SWT.NONE).setText(Messages.col_trainer);
        trainer = new NamePicker(p, "jiandu.training.session.trainer", Messages.trainer_hint);
        trainer.setChoices(training.trainers(subject).stream().map(u -> new NamePicker.Choice(u, people.name(u), u)).toList());
        capacity = text(p, Messages.col_capacity, "60", "jiandu.training.session.capacity");
        regulation = text(p, Messages.col_regulation, "", "jiandu.training.session.regulation");
        effective = dateField(p, Messages.col_effective, null, "jiandu.training.session.effective");
        kind.addListener(SWT.Selection, e -> regulationFields());
        regulationFields();
    }

    /** The regulation and its effective date belong to a new-regulation course only. */
    private void regulationFields() {
        boolean on = selectedKind() == CourseKind.NEW_REGULATION;
        regulation.setEnabled(on);
        effective.setEnabled(on);
    }

    private CourseKind selectedKind() {
        return kinds.get(Math.max(0, kind.getSelectionIndex()));
    }

    @Override
    protected void save() {
        Double h = number(hours, Messages.col_hours);
        Double cap = number(capacity, Messages.col_capacity);
        if (trainer.chosen() == null && !trainer.text().getText().isBlank()) {
            throw new IllegalArgumentException(Messages.col_trainer + ": " + Messages.no_trainer_chosen);
        }
        boolean reg = selectedKind() == CourseKind.NEW_REGULATION;
        saved = training.saveSession(subject, new SessionView(0, 0, code.getText(), null, selectedKind(), title.getText(),
                h == null ? 0 : h, date(start, Messages.col_start), date(end, Messages.col_end), place.getText(),
                trainer.chosen() == null ? null : trainer.chosen().id(), cap == null ? 0 : cap.intValue(), null,
                reg ? regulation.getText() : null, reg ? date(effective, Messages.col_effective) : null, 0, 0));
    }

    SessionView saved() {
        return saved;
    }
}
