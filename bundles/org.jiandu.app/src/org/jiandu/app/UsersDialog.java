package org.jiandu.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserAccount;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Tables;
import org.jiandu.ui.Widgets;

/**
 * Administration → Users: the accounts inside the administrator's scope with their state, and the changes an
 * administrator makes (add, reset password, disable/enable, role and scope, unlock). A refusal of the service is
 * shown as its one sentence; a new one-time password is shown once, in a field it can be copied from.
 */
public class UsersDialog extends Dialog {

    /** Widget data keys for UI tests. */
    public static final String TABLE = "jiandu.users.table";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Subject actor;
    private final UserService users;
    private final OrgService orgs;
    private TableViewer viewer;
    private Button reset;
    private Button toggle;
    private Button change;
    private Button unlock;

    public UsersDialog(Shell parent, Subject actor, UserService users, OrgService orgs) {
        super(parent);
        this.actor = actor;
        this.users = users;
        this.orgs = orgs;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.users_title);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(980, 520);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setData("name", TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Tables.column(viewer, UserAccount.class, Messages.users_name, 120, UserAccount::username);
        Tables.column(viewer, UserAccount.class, Messages.users_display, 170, UserAccount::displayName);
        Tables.column(viewer, UserAccount.class, Messages.users_role, 120, u -> Labels.of(u.role()));
        Tables.column(viewer, UserAccount.class, Messages.users_scope, 180,
                u -> u.scopeName() + " (" + u.scopeCode() + ")");
        Tables.column(viewer, UserAccount.class, Messages.users_status, 180, UsersDialog::status);
        Tables.column(viewer, UserAccount.class, Messages.users_last_login, 140,
                u -> u.lastLogin() == null ? Messages.users_never : WHEN.format(u.lastLogin()));

        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        button(buttons, Messages.users_add, this::add);
        reset = button(buttons, Messages.users_reset, this::reset);
        toggle = button(buttons, Messages.users_disable, this::toggle);
        change = button(buttons, Messages.users_change, this::changeRoleAndScope);
        unlock = button(buttons, Messages.users_unlock, this::unlock);
        viewer.addSelectionChangedListener(e -> updateButtons());
        refresh(null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.users_close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    static String status(UserAccount u) {
        List<String> s = new ArrayList<>();
        s.add(u.active() ? Messages.users_status_active : Messages.users_status_disabled);
        if (u.locked()) {
            s.add(Messages.users_status_locked);
        }
        if (u.mustChangePassword()) {
            s.add(Messages.users_status_must_change);
        }
        return String.join(Messages.users_status_sep, s);
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private UserAccount selected() {
        return (UserAccount) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private boolean isSelf(UserAccount u) {
        return u != null && u.username().equalsIgnoreCase(actor.username());
    }

    private void updateButtons() {
        UserAccount u = selected();
        reset.setEnabled(u != null);
        toggle.setEnabled(u != null && !(isSelf(u) && u.active()));
        toggle.setText(u != null && !u.active() ? Messages.users_enable : Messages.users_disable);
        toggle.getParent().layout();
        change.setEnabled(u != null && !isSelf(u));
        unlock.setEnabled(u != null && u.locked());
    }

    /** Reloads the table and selects the named user again. */
    private void refresh(String select) {
        List<UserAccount> all = users.listUsers(actor);
        viewer.setInput(all);
        all.stream().filter(u -> u.username().equals(select)).findFirst()
                .ifPresent(u -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(u), true));
        updateButtons();
    }

    /** Runs a change of the service; a refusal is shown as its sentence, never as a stack trace. */
    private void run(String name, Runnable change) {
        try {
            change.run();
        } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
            Dialogs.error(getShell(), Messages.users_refused, e.getMessage());
        }
        refresh(name);
    }

    private boolean confirm(String message) {
        return new MessageDialog(getShell(), Messages.users_title, null, message, MessageDialog.QUESTION, 0,
                Messages.ok, Messages.cancel).open() == 0;
    }

    private void add() {
        AccountDialog d = new AccountDialog(getShell(), Messages.users_add_title, null, Role.READ_ONLY,
                actor.scopeCode(), scopes());
        if (d.open() != OK) {
            return;
        }
        run(d.name, () -> new OneTimePasswordDialog(getShell(), d.name,
                users.addUser(actor, d.name, d.display, d.role, d.scope)).open());
    }

    private void reset() {
        UserAccount u = selected();
        if (u != null && confirm(NLS.bind(Messages.users_reset_confirm, u.username()))) {
            run(u.username(), () -> new OneTimePasswordDialog(getShell(), u.username(),
                    users.resetPassword(actor, u.username())).open());
        }
    }

    private void toggle() {
        UserAccount u = selected();
        if (u == null || u.active() && !confirm(NLS.bind(Messages.users_disable_confirm, u.username()))) {
            return;
        }
        run(u.username(), () -> users.setActive(actor, u.username(), !u.active()));
    }

    private void changeRoleAndScope() {
        UserAccount u = selected();
        if (u == null) {
            return;
        }
        AccountDialog d = new AccountDialog(getShell(), NLS.bind(Messages.users_change_title, u.username()),
                u.username(), u.role(), u.scopeCode(), scopes());
        if (d.open() == OK) {
            run(u.username(), () -> users.changeRoleAndScope(actor, u.username(), d.role, d.scope));
        }
    }

    private void unlock() {
        UserAccount u = selected();
        if (u != null) {
            run(u.username(), () -> users.unlock(actor, u.username()));
        }
    }

    /** The organisations a user can be scoped to: the actor's scope root and the counties and townships below. */
    private List<OrgNodeView> scopes() {
        List<OrgNodeView> out = new ArrayList<>();
        OrgNodeView root = orgs.root(actor);
        out.add(root);
        collect(root, out);
        return out;
    }

    private void collect(OrgNodeView node, List<OrgNodeView> out) {
        if (node.level() == OrgLevel.TOWNSHIP || node.level() == OrgLevel.VILLAGE || node.level() == OrgLevel.UNIT) {
            return;
        }
        for (OrgNodeView c : orgs.children(actor, node.code())) {
            if (c.level() == OrgLevel.COUNTY || c.level() == OrgLevel.TOWNSHIP) {
                out.add(c);
                collect(c, out);
            }
        }
    }

    /** Name, display name, role and scope of a new user; role and scope of an existing one ({@code fixedName}). */
    static final class AccountDialog extends Dialog {
        private final String title;
        private final String fixedName;
        private final List<OrgNodeView> scopes;
        private Text nameField;
        private Text displayField;
        private Combo roleField;
        private Combo scopeField;
        private Label error;
        String name;
        String display;
        Role role;
        String scope;

        AccountDialog(Shell parent, String title, String fixedName, Role role, String scope, List<OrgNodeView> scopes) {
            super(parent);
            this.title = title;
            this.fixedName = fixedName;
            this.role = role;
            this.scope = scope;
            this.scopes = scopes;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Composite c = new Composite(area, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            if (fixedName == null) {
                nameField = Widgets.field(c, Messages.users_name, SWT.NONE);
                displayField = Widgets.field(c, Messages.users_display, SWT.NONE);
            }
            new Label(c, SWT.NONE).setText(Messages.users_role);
            roleField = new Combo(c, SWT.READ_ONLY);
            for (Role r : Role.values()) {
                roleField.add(Labels.of(r));
            }
            roleField.select(role.ordinal());
            new Label(c, SWT.NONE).setText(Messages.users_scope);
            scopeField = new Combo(c, SWT.READ_ONLY);
            scopeField.setVisibleItemCount(20);
            for (OrgNodeView o : scopes) {
                String indent = o.level() == OrgLevel.TOWNSHIP ? "    " : o.level() == OrgLevel.COUNTY ? "  " : "";
                scopeField.add(indent + o.name() + " (" + o.code() + ")");
                if (o.code().equals(scope)) {
                    scopeField.select(scopeField.getItemCount() - 1);
                }
            }
            if (scopeField.getSelectionIndex() < 0 && !scopes.isEmpty()) {
                scopeField.select(0);
            }
            GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
            wide.widthHint = 320;
            scopeField.setLayoutData(wide);
            error = new Label(c, SWT.WRAP);
            error.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, Messages.ok, true);
            createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
        }

        @Override
        protected void okPressed() {
            if (nameField != null) {
                name = nameField.getText().strip();
                display = displayField.getText().strip();
                if (name.isEmpty()) {
                    nameField.setFocus();
                    return;
                }
            }
            role = Role.values()[roleField.getSelectionIndex()];
            int i = scopeField.getSelectionIndex();
            scope = i < 0 ? null : scopes.get(i).code();
            super.okPressed();
        }
    }

    /** Shows a one-time password once, selected in a read-only field so that it can be copied. */
    static final class OneTimePasswordDialog extends Dialog {
        private final String username;
        private final String password;

        OneTimePasswordDialog(Shell parent, String username, String password) {
            super(parent);
            this.username = username;
            this.password = password;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.users_otp_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Label text = new Label(area, SWT.WRAP);
            text.setText(NLS.bind(Messages.users_otp_text, username));
            GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
            d.widthHint = 440;
            text.setLayoutData(d);
            Text field = new Text(area, SWT.BORDER | SWT.READ_ONLY | SWT.SINGLE);
            field.setText(password);
            field.setFont(JFaceResources.getTextFont());
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            field.selectAll();
            field.setFocus();
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, Messages.ok, true);
        }
    }
}
