package org.jiandu.training.ui;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.security.Subject;
import org.jiandu.training.RotationPost;
import org.jiandu.training.RotationView;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.DateField;

/** A practical rotation at a post, new or corrected (a correction, e.g. the mentor's sign-off, is a new revision). */
final class RotationDialog extends TrainingForm {

    private final TrainingService training;
    private final Subject subject;
    private final String cadreCode;
    private final RotationView current;
    private Combo post;
    private Text mentor, signedBy, appraisal;
    private DateField start, end, signedOn;

    RotationDialog(Shell shell, TrainingService training, Subject subject, String cadreCode, RotationView current) {
        super(shell, Messages.rotation_title);
        this.training = training;
        this.subject = subject;
        this.cadreCode = cadreCode;
        this.current = current;
    }

    @Override
    protected void build(Composite p) {
        RotationView c = current;
        post = combo(p, Messages.col_post, Arrays.stream(RotationPost.values()).map(Labels::of).toList(),
                c == null ? 0 : c.post().ordinal(), "jiandu.training.rotation.post");
        mentor = text(p, Messages.col_mentor, c == null ? "" : c.mentor(), "jiandu.training.rotation.mentor");
        start = dateField(p, Messages.col_start, c == null ? LocalDate.now() : c.start(), "jiandu.training.rotation.start");
        end = dateField(p, Messages.col_end, c == null ? null : c.end(), "jiandu.training.rotation.end");
        signedBy = text(p, Messages.col_signed_by, c == null ? "" : c.signedOffBy(), "jiandu.training.rotation.signedBy");
        signedOn = dateField(p, Messages.col_signed_on, c == null ? null : c.signedOffOn(), "jiandu.training.rotation.signedOn");
        appraisal = text(p, Messages.col_appraisal, c == null ? "" : c.appraisal(), "jiandu.training.rotation.appraisal");
    }

    @Override
    protected void save() {
        training.saveRotation(subject, new RotationView(current == null ? null : current.key(), current == null ? 0 : current.revision(),
                cadreCode, null, RotationPost.values()[post.getSelectionIndex()], mentor.getText(), date(start, Messages.col_start),
                date(end, Messages.col_end), signedBy.getText(), date(signedOn, Messages.col_signed_on), appraisal.getText(), null, null));
    }
}
