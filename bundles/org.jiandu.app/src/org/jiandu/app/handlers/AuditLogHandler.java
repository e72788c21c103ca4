package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.audit.AuditLogDialog;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Session;

/** Administration → Audit log; for administrators only (the service refuses anyone else as well). */
public class AuditLogHandler {

    @CanExecute
    boolean canExecute(Session session) {
        return session.subject().role() == Role.ADMINISTRATOR;
    }

    @Execute
    void execute(Shell shell, Session session, AuditLog log, UserService users) {
        new AuditLogDialog(shell, session.subject(), log, users.displayNames()).open();
    }
}
