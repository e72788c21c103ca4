package org.jiandu.tasks.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.tasks.DutyRow;
import org.jiandu.tasks.ResponsibilityService;
import org.jiandu.tasks.ResponsibilityService.DutyItemView;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Session;

/** A duty done (履责纪实) by a unit or a leader: which item of the list, what was done, its evidence, the day. */
final class DutyRecordDialog extends TaskFormDialog {

    static final String ITEM = "jiandu.tasks.duty.item", TEXT = "jiandu.tasks.duty.text", FILE = "jiandu.tasks.duty.file",
            DAY = "jiandu.tasks.duty.day";

    private final ResponsibilityService duties;
    private final Session session;
    private final DutyRow body;
    private final List<DutyItemView> items;
    private Combo item;
    private Text text;
    private Text file;
    private DateField day;

    DutyRecordDialog(Shell parent, ResponsibilityService duties, Session session, DutyRow body, List<DutyItemView> items) {
        super(parent, Mnemonics.plain(Messages.duty_record), Messages.record_do);
        this.duties = duties;
        this.session = session;
        this.body = body;
        this.items = items;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, NLS.bind(Messages.duty_intro, body.bodyName()));
        item = combo(fields, Messages.duty_item, items.stream().map(i -> i.code() + " " + i.title()).toList(), 0, ITEM);
        text = text(fields, Messages.report_text, null, TEXT);
        file = fileField(fields, Messages.report_file, FILE);
        day = dateField(fields, Messages.day, LocalDate.now(), DAY);
    }

    @Override
    protected void save() {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(Messages.duties_empty);
        }
        Path evidence = file.getText().isBlank() ? null : Path.of(file.getText().strip());
        try {
            duties.record(session.subject(), session.county().id(), body.bodyCode(), items.get(Math.max(0,
                    item.getSelectionIndex())).code(),
                    date(day, Messages.day), text.getText(), evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(NLS.bind(Messages.cannot_read, evidence), e);
        }
    }
}
