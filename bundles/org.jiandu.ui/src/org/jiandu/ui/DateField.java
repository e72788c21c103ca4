package org.jiandu.ui;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A date typed in any common form ({@link Dates}) or picked from a calendar, with the form shown as hint. The text
 * field is named {@code name} for UI tests; the calendar button {@code name + ".pick"}.
 */
public final class DateField {

    private final Text text;

    public DateField(Composite parent, String name) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout l = new GridLayout(2, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        l.horizontalSpacing = 2;
        row.setLayout(l);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = new Text(row, SWT.BORDER | SWT.SINGLE);
        text.setMessage(Messages.date_hint);
        text.setData("name", name);
        GridData td = new GridData(SWT.FILL, SWT.CENTER, true, false);
        td.minimumWidth = 110;
        td.widthHint = 110;
        text.setLayoutData(td);
        text.setToolTipText(Messages.date_tip);
        Button pick = new Button(row, SWT.ARROW | SWT.DOWN);
        pick.setData("name", name + ".pick");
        pick.setToolTipText(Messages.date_pick);
        pick.addListener(SWT.Selection, e -> openCalendar());
        text.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && (e.stateMask & SWT.ALT) != 0) {
                openCalendar();
            }
        });
    }

    public Text text() {
        return text;
    }

    /** The date shown, null when blank; throws with a sentence for the user when the text is no date. */
    public LocalDate date() {
        return Dates.parse(text.getText());
    }

    public void setDate(LocalDate date) {
        text.setText(Dates.format(date));
    }

    public void setEnabled(boolean enabled) {
        text.getParent().setEnabled(enabled);
        text.setEnabled(enabled);
    }

    private void openCalendar() {
        LocalDate start;
        try {
            start = date();
        } catch (IllegalArgumentException e) {
            start = null;
        }
        if (start == null) {
            start = LocalDate.now();
        }
        Shell popup = new Shell(text.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.NO_TRIM);
        popup.setLayout(new GridLayout(1, false));
        DateTime cal = new DateTime(popup, SWT.CALENDAR);
        cal.setDate(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth());
        Runnable take = () -> {
            setDate(LocalDate.of(cal.getYear(), cal.getMonth() + 1, cal.getDay()));
            popup.dispose();
            text.setFocus();
        };
        cal.addListener(SWT.DefaultSelection, e -> take.run());
        cal.addListener(SWT.MouseDoubleClick, e -> take.run());
        cal.addListener(SWT.KeyDown, e -> {
            if (e.character == SWT.CR) {
                take.run();
            } else if (e.character == SWT.ESC) {
                popup.dispose();
            }
        });
        popup.addListener(SWT.Deactivate, e -> popup.getDisplay().asyncExec(() -> {
            if (!popup.isDisposed()) {
                popup.dispose();
            }
        }));
        popup.pack();
        var at = text.toDisplay(0, text.getSize().y);
        popup.setLocation(at);
        popup.open();
        cal.setFocus();
    }
}
