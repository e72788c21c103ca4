package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.UsersDialog;
import org.jiandu.core.OrgService;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Session;

/** Administration → Users; disabled for users whose role does not manage users. */
public class UsersHandler {

    @CanExecute
    boolean canExecute(Session session) {
        return session.subject().role().canManageUsers();
    }

    @Execute
    void execute(Shell shell, Session session, UserService users, OrgService orgs) {
        new UsersDialog(shell, session.subject(), users, orgs).open();
    }
}
