package org.jiandu.patrol.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.patrol.planning.Violation;
import org.jiandu.ui.Widgets;

/**
 * The line over the plan that says what dragging did (green: nothing broken; red: what it breaks), with saving the
 * edit enabled only when nothing is broken, and discarding it.
 */
final class EditFeedback {

    private final Label line;
    private final Button save;

    EditFeedback(Composite parent, boolean planner, Runnable saveEdit, Runnable discardEdit) {
        Composite edit = Widgets.bar(parent, 3);
        line = new Label(edit, SWT.WRAP);
        line.setData("name", PatrolPart.FEEDBACK);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        save = Widgets.button(edit, Messages.save_edit, false, saveEdit);
        Widgets.button(edit, Messages.discard_edit, planner, discardEdit);
        say(Messages.drag_hint, SWT.COLOR_BLACK, false);
    }

    /** No edit (anymore): how to make one. */
    void hint() {
        say(Messages.drag_hint, SWT.COLOR_BLACK, false);
    }

    void saved() {
        say(Messages.saved, SWT.COLOR_BLACK, false);
    }

    /** {@code name} moved to {@code round} with {@code team}; {@code broken}: what the edited plan breaks. */
    void moved(String name, int round, String team, List<Violation> broken) {
        if (broken.isEmpty()) {
            say(NLS.bind(Messages.moved_ok, new Object[] { name, round, team }), SWT.COLOR_DARK_GREEN, true);
        } else {
            say(NLS.bind(Messages.moved_broken, new Object[] { name, round, team, broken.size(),
                    String.join("；", broken.stream().limit(3).map(Violation::message).toList()) }), SWT.COLOR_RED, false);
        }
    }

    private void say(String text, int colour, boolean saveable) {
        line.setForeground(line.getDisplay().getSystemColor(colour));
        line.setText(text);
        save.setEnabled(saveable);
        line.getParent().layout(true, true);
    }
}
