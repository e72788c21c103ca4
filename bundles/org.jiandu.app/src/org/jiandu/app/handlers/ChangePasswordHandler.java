package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.ChangePasswordDialog;
import org.jiandu.app.Messages;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;

/** File → Change password: the logged-in user's own password. */
public class ChangePasswordHandler {

    @Execute
    void execute(Shell shell, Session session, UserService users) {
        ChangePasswordDialog d = new ChangePasswordDialog(shell, users, session.subject().username(), null);
        if (d.open() == ChangePasswordDialog.OK) {
            PasswordHasher.wipe(d.changedTo());
            Dialogs.info(shell, Messages.pw_title, Messages.pw_changed);
        }
    }
}
