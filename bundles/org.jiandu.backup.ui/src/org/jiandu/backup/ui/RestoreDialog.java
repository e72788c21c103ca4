package org.jiandu.backup.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.backup.BackupInfo;
import org.jiandu.backup.Sizes;
import org.jiandu.ui.FormDialog;

/**
 * Asks what to restore and where: one of the installation's backups (or a backup folder elsewhere, e.g. on a USB
 * disk), a new or empty folder to restore it into, and the {@code db.key} of an encrypted database (never in a
 * backup). A restore never overwrites the installation in use.
 */
final class RestoreDialog extends FormDialog {

    static final String BACKUP = "jiandu.restore.backup", TARGET = "jiandu.restore.target", KEY = "jiandu.restore.key";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the user chose. */
    record Choice(Path backup, Path target, Path dbKey) {
    }

    private final List<BackupInfo> backups;
    private final Path suggestedTarget;
    private Combo backup;
    private Text target;
    private Text key;
    private Path other;
    private Choice choice;

    RestoreDialog(Shell parent, List<BackupInfo> backups, Path suggestedTarget) {
        super(parent, Messages.restore_title, Messages.restore_ok);
        this.backups = backups;
        this.suggestedTarget = suggestedTarget;
    }

    Choice choice() {
        return choice;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, Messages.restore_intro);
        backup = combo(fields, Messages.restore_backup, backups.stream().map(RestoreDialog::label).toList(), 0, BACKUP);
        browse(fields, Messages.restore_other, () -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                other = Path.of(dir);
                backup.add(dir);
                backup.select(backup.getItemCount() - 1);
            }
        });
        target = text(fields, Messages.restore_target, suggestedTarget.toString(), TARGET);
        browse(fields, Messages.restore_choose, () -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                target.setText(dir);
            }
        });
        key = text(fields, Messages.restore_key, null, KEY);
        key.setMessage(Messages.restore_key_hint);
        browse(fields, Messages.restore_choose_key, () -> {
            String file = new FileDialog(getShell(), SWT.OPEN).open();
            if (file != null) {
                key.setText(file);
            }
        });
    }

    @Override
    protected void save() {
        int i = backup.getSelectionIndex();
        Path chosen = i < 0 ? null : i < backups.size() ? backups.get(i).folder() : other;
        String to = target.getText().trim();
        if (chosen == null) {
            throw new IllegalArgumentException(Messages.restore_no_backup);
        }
        if (to.isEmpty()) {
            throw new IllegalArgumentException(Messages.restore_no_target);
        }
        String k = key.getText().trim();
        choice = new Choice(chosen, Path.of(to), k.isEmpty() ? null : Path.of(k));
    }

    private static String label(BackupInfo b) {
        String kind = switch (b.kind()) {
            case BackupInfo.DAILY -> Messages.kind_daily;
            case BackupInfo.BEFORE_UPDATE -> Messages.kind_before_update;
            default -> Messages.kind_manual;
        };
        return NLS.bind(Messages.restore_item, new Object[] { WHEN.format(b.created().atZone(ZoneId.systemDefault())),
                kind, Sizes.of(b.bytes()) });
    }

    /** A button under its field, in the field's column, that fills it from a system chooser. */
    private static void browse(Composite fields, String text, Runnable action) {
        new Label(fields, SWT.NONE);
        Button b = new Button(fields, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> action.run());
    }
}
