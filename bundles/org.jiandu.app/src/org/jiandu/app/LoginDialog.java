package org.jiandu.app;

import java.util.Locale;

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
import org.jiandu.app.setup.SetupMessages;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordChangeRequiredException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.Installation;

/**
 * Asks for user name and password; a wrong password is said in the dialog, which stays open for another try. A
 * one-time password leads to {@link ChangePasswordDialog} and then logs in with the new password.
 */
public class LoginDialog extends Dialog {

    /** Widget data keys, so UI tests find the fields without relying on layout order. */
    public static final String USER_FIELD = "jiandu.login.user", PASSWORD_FIELD = "jiandu.login.password",
            ERROR_LABEL = "jiandu.login.error";

    private final UserService users;
    private final Installation inst;
    private final String initialUser;
    /** A demo installation: the title says so, as every window does. */
    private final boolean demo;
    private Text user;
    private Text password;
    private Label error;
    private Subject subject;

    public LoginDialog(Shell parent, UserService users, Installation inst, String initialUser, boolean demo) {
        super(parent);
        this.users = users;
        this.inst = inst;
        this.initialUser = initialUser;
        this.demo = demo;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.login_title, inst.county().commission(Locale.getDefault()))
                + (demo ? " " + SetupMessages.demo_marker : ""));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText(Messages.login_user);
        user = new Text(c, SWT.BORDER | SWT.SINGLE);
        user.setData("name", USER_FIELD);
        user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (initialUser != null) {
            user.setText(initialUser);
        }
        new Label(c, SWT.NONE).setText(Messages.login_password);
        password = new Text(c, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        password.setData("name", PASSWORD_FIELD);
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        error = new Label(c, SWT.NONE);
        error.setData("name", ERROR_LABEL);
        error.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label hint = new Label(c, SWT.NONE);
        hint.setText(NLS.bind(Messages.login_hint, inst.dataDir()));
        hint.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        (initialUser == null ? user : password).setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.login_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.login_cancel, false);
    }

    @Override
    protected void okPressed() {
        char[] typed = password.getTextChars();
        try {
            subject = users.authenticate(user.getText(), password.getTextChars());
            super.okPressed();
        } catch (PasswordChangeRequiredException e) {
            // the password was right but is a one-time one: choose an own password, then log in with it
            showError(e.getMessage());
            ChangePasswordDialog change = new ChangePasswordDialog(getShell(), users, e.username(), typed);
            typed = null; // the change dialog wipes it
            if (change.open() == OK) {
                try {
                    subject = users.authenticate(e.username(), change.changedTo());
                    super.okPressed();
                } catch (AuthenticationException again) {
                    showError(again.getMessage());
                }
            } else {
                showError(e.getMessage());
            }
        } catch (AuthenticationException e) {
            // the service's words: a wrong password, or how long to wait after too many
            showError(e.getMessage() == null ? Messages.login_wrong : e.getMessage());
        } finally {
            PasswordHasher.wipe(typed);
        }
    }

    private void showError(String message) {
        if (error.isDisposed()) {
            return;
        }
        error.setText(message);
        error.getParent().layout();
        password.setText("");
        password.setFocus();
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(520, 260);
    }

    public Subject subject() {
        return subject;
    }
}
