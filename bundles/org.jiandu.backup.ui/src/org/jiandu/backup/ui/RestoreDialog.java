package org.jiandu.backup.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.backup.BackupInfo;

/**
 * Asks what to restore and where: one of the installation's backups (or a backup folder elsewhere, e.g. on a USB
 * disk), a new or empty folder to restore it into, and the {@code db.key} of an encrypted database (never in a
 * backup). A restore never overwrites the installation in use.
 */
final class RestoreDialog extends Dialog {

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
    private Label problem;
    private Path other;
    private Choice choice;

    RestoreDialog(Shell parent, List<BackupInfo> backups, Path suggestedTarget) {
        super(parent);
        this.backups = backups;
        this.suggestedTarget = suggestedTarget;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.restore_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.restore_intro);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        wide.widthHint = 520;
        intro.setLayoutData(wide);

        new Label(area, SWT.NONE).setText(Messages.restore_backup);
        backup = new Combo(area, SWT.READ_ONLY);
        backup.setData("name", BACKUP);
        backup.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (BackupInfo b : backups) {
            backup.add(label(b));
        }
        if (!backups.isEmpty()) {
            backup.select(0);
        }
        button(area, Messages.restore_other, () -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                other = Path.of(dir);
                backup.add(dir);
                backup.select(backup.getItemCount() - 1);
            }
        });

        new Label(area, SWT.NONE).setText(Messages.restore_target);
        target = new Text(area, SWT.BORDER);
        target.setData("name", TARGET);
        target.setText(suggestedTarget.toString());
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(area, Messages.restore_choose, () -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                target.setText(dir);
            }
        });

        new Label(area, SWT.NONE).setText(Messages.restore_key);
        key = new Text(area, SWT.BORDER);
        key.setData("name", KEY);
        key.setMessage(Messages.restore_key_hint);
        key.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(area, Messages.restore_choose_key, () -> {
            String file = new FileDialog(getShell(), SWT.OPEN).open();
            if (file != null) {
                key.setText(file);
            }
        });

        problem = new Label(area, SWT.WRAP);
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.restore_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        int i = backup.getSelectionIndex();
        Path chosen = i < 0 ? null : i < backups.size() ? backups.get(i).folder() : other;
        String to = target.getText().trim();
        if (chosen == null) {
            problem.setText(Messages.restore_no_backup);
        } else if (to.isEmpty()) {
            problem.setText(Messages.restore_no_target);
        } else {
            String k = key.getText().trim();
            choice = new Choice(chosen, Path.of(to), k.isEmpty() ? null : Path.of(k));
            super.okPressed();
            return;
        }
        problem.getParent().layout(true);
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

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }
}
