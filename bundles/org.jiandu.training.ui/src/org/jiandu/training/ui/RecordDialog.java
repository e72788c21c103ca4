package org.jiandu.training.ui;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.DateField;

/** Records attendance, score and completion of one cadre in a session: saved as a new revision with its reason. */
final class RecordDialog extends TrainingForm {

    private final TrainingService training;
    private final Subject subject;
    private final EnrolmentView current;
    private Combo status;
    private Text hours, score, reason;
    private DateField completed;

    RecordDialog(Shell shell, TrainingService training, Subject subject, EnrolmentView current) {
        super(shell, NLS.bind(Messages.record_title, current.cadreName(), current.sessionCode()));
        this.training = training;
        this.subject = subject;
        this.current = current;
    }

    @Override
    protected void build(Composite p) {
        status = combo(p, Messages.col_status, Arrays.stream(AttendanceStatus.values()).map(Labels::of).toList(),
                current.status() == AttendanceStatus.ENROLLED ? AttendanceStatus.COMPLETED.ordinal() : current.status().ordinal(),
                "jiandu.training.record.status");
        hours = text(p, Messages.col_hours, Format.num(current.hours()), "jiandu.training.record.hours");
        score = text(p, Messages.col_score, Format.num(current.score()), "jiandu.training.record.score");
        completed = dateField(p, Messages.col_completed, current.completedOn() == null ? LocalDate.now() : current.completedOn(),
                "jiandu.training.record.completed");
        reason = text(p, correction() ? Messages.col_reason_required : Messages.col_reason, "", "jiandu.training.record.reason");
    }

    /** Whether the record already has a result, so saving corrects it (and needs its reason, as the service says). */
    private boolean correction() {
        return current.status() != AttendanceStatus.ENROLLED;
    }

    @Override
    protected void save() {
        if (correction() && reason.getText().isBlank()) {
            reason.setFocus();
            throw new IllegalArgumentException(Messages.reason_needed);
        }
        Double sc = number(score, Messages.col_score);
        AttendanceStatus st = AttendanceStatus.values()[status.getSelectionIndex()];
        training.record(subject, current.sessionCode(), current.cadreCode(), current.revision(), st, number(hours, Messages.col_hours),
                sc == null ? null : (int) Math.round(sc), st == AttendanceStatus.COMPLETED ? date(completed, Messages.col_completed) : null,
                reason.getText());
    }
}
