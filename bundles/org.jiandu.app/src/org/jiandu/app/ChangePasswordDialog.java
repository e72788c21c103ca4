package org.jiandu.app;

import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Widgets;

/**
 * Changes one's own password: current, new, new again. A refusal (wrong current password, a rule of the password
 * policy, a lockout) is said in the dialog in one sentence, which stays open for another try. Opened from File →
 * Change password, and by the login dialog when the password typed there is a one-time password (then the current
 * password is already known and not asked again).
 */
public class ChangePasswordDialog extends Dialog {

    /** Widget data keys, so UI tests find the fields without relying on layout order. */
    public static final String OLD_FIELD = "jiandu.password.old", NEW_FIELD = "jiandu.password.new",
            AGAIN_FIELD = "jiandu.password.again", ERROR_LABEL = "jiandu.password.error";

    private final UserService users;
    private final String username;
    private final char[] knownOld;
    private Text old;
    private Text fresh;
    private Text again;
    private Label error;
    private char[] changedTo;

    /**
     * @param knownOld the current password when the caller has it (a one-time password just typed), else null;
     *                 the dialog wipes it
     */
    public ChangePasswordDialog(Shell parent, UserService users, String username, char[] knownOld) {
        super(parent);
        this.users = users;
        this.username = username;
        this.knownOld = knownOld;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.pw_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (knownOld != null) {
            Label must = new Label(c, SWT.WRAP);
            must.setText(Messages.pw_must_change);
            must.setLayoutData(wide(c));
        }
        Label who = new Label(c, SWT.NONE);
        who.setText(NLS.bind(Messages.pw_user, username));
        who.setLayoutData(wide(c));
        if (knownOld == null) {
            old = field(c, Messages.pw_old, OLD_FIELD);
        }
        fresh = field(c, Messages.pw_new, NEW_FIELD);
        again = field(c, Messages.pw_again, AGAIN_FIELD);
        Label rules = new Label(c, SWT.WRAP);
        rules.setText(Messages.pw_rules);
        rules.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        rules.setLayoutData(wide(c));
        error = new Label(c, SWT.WRAP);
        error.setData("name", ERROR_LABEL);
        error.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(wide(c));
        (old != null ? old : fresh).setFocus();
        return area;
    }

    private static GridData wide(Composite c) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        d.widthHint = 420;
        return d;
    }

    private static Text field(Composite c, String label, String name) {
        Text t = Widgets.field(c, label, SWT.PASSWORD);
        t.setData("name", name);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.pw_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
    }

    @Override
    protected void okPressed() {
        char[] a = fresh.getTextChars();
        char[] b = again.getTextChars();
        try {
            if (!Arrays.equals(a, b)) {
                show(Messages.pw_mismatch);
                return;
            }
            char[] current = knownOld != null ? knownOld.clone() : old.getTextChars();
            users.changePassword(username, current, a.clone());
            changedTo = a.clone();
            super.okPressed();
        } catch (AuthenticationException | IllegalArgumentException e) {
            show(e.getMessage());
        } finally {
            PasswordHasher.wipe(a);
            PasswordHasher.wipe(b);
        }
    }

    private void show(String message) {
        error.setText(message == null ? "" : message);
        error.getParent().layout();
        getShell().layout(true, true);
        fresh.setText("");
        again.setText("");
        fresh.setFocus();
    }

    @Override
    public boolean close() {
        PasswordHasher.wipe(knownOld);
        return super.close();
    }

    /** The new password after OK (for logging in with it), or null; the caller wipes it. */
    public char[] changedTo() {
        return changedTo;
    }
}
