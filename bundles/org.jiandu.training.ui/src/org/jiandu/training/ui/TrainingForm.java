package org.jiandu.training.ui;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.ui.FormDialog;

/**
 * A training form: when the service refuses, the message line lists every reason ({@link Failures}), and numbers are
 * read as training's forms type them.
 */
abstract class TrainingForm extends FormDialog {

    TrainingForm(Shell shell, String title) {
        super(shell, title);
    }

    @Override
    protected String describe(RuntimeException refusal) {
        return Failures.of(refusal); // every problem, or one sentence: never a trace
    }

    @Override
    protected String messageName() {
        return "jiandu.training.form.problems";
    }

    /** The number in a field, or null when empty; anything else is a refusal naming its field. */
    protected static Double number(Text t, String field) {
        String s = t.getText().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": " + NLS.bind(Messages.not_number, s));
        }
    }
}
