package org.jiandu.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Tables;
import org.jiandu.ui.Widgets;

/**
 * Administration → Audit log: the administrator reads the log newest first, filtered by user, action, target and
 * days, and checks it against the installation's key and checkpoint. Reading runs as a job; the service refuses
 * anyone but an administrator.
 */
public class AuditLogDialog extends Dialog {

    /** Widget data keys for UI tests. */
    public static final String TABLE = "jiandu.audit.table";
    public static final String STATUS = "jiandu.audit.status";
    public static final String VERIFY = "jiandu.audit.verify";

    static final int MAX = 500;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String[] ACTIONS = { null, AuditLog.CHANGE, AuditLog.READ, AuditLog.EXPORT, AuditLog.LOGIN,
            AuditLog.LOGIN_FAILED };

    private final Subject admin;
    private final AuditLog log;
    private Text actor;
    private Combo action;
    private Text target;
    private DateField since;
    private DateField until;
    private TableViewer viewer;
    private final Map<String, String> names;
    private Label status;

    public AuditLogDialog(Shell parent, Subject admin, AuditLog log) {
        this(parent, admin, log, Map.of());
    }

    /** {@code names}: user name to display name, so that the log names people ({@code UserService#displayNames}). */
    public AuditLogDialog(Shell parent, Subject admin, AuditLog log, Map<String, String> names) {
        super(parent);
        this.admin = admin;
        this.log = log;
        this.names = names;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** The person's name with the login name the filter takes, e.g. "张明 (zhangming)". */
    private String person(String username) {
        String name = names.get(username);
        return name == null || name.equals(username) ? username : NLS.bind(AuditMessages.person, name, username);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(AuditMessages.title);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Rectangle screen = getShell().getDisplay().getClientArea();
        return new org.eclipse.swt.graphics.Point(Math.min(1040, screen.width - 40), Math.min(600, screen.height - 60));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite filter = new Composite(area, SWT.NONE);
        filter.setLayout(new GridLayout(6, false));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        actor = Widgets.field(filter, AuditMessages.actor, SWT.NONE);
        new Label(filter, SWT.NONE).setText(AuditMessages.action);
        action = new Combo(filter, SWT.READ_ONLY);
        for (String a : ACTIONS) {
            action.add(label(a));
        }
        action.select(0);
        target = Widgets.field(filter, AuditMessages.target, SWT.NONE);
        new Label(filter, SWT.NONE).setText(AuditMessages.since);
        since = new DateField(filter, "jiandu.audit.since");
        new Label(filter, SWT.NONE).setText(AuditMessages.until);
        until = new DateField(filter, "jiandu.audit.until");
        Composite buttons = new Composite(filter, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Widgets.button(buttons, AuditMessages.show, true, this::show);
        Widgets.button(buttons, AuditMessages.verify, true, this::verify).setData("name", VERIFY);
        getShell().setDefaultButton(null);

        viewer = Widgets.table(area, TABLE);
        Tables.column(viewer, AuditEntry.class, AuditMessages.col_seq, 60, e -> Long.toString(e.getSeq()));
        Tables.column(viewer, AuditEntry.class, AuditMessages.col_at, 140, e -> WHEN.format(e.getAt()));
        Tables.column(viewer, AuditEntry.class, AuditMessages.col_actor, 100, e -> person(e.getActor()));
        Tables.column(viewer, AuditEntry.class, AuditMessages.col_action, 80, e -> label(e.getAction()));
        Tables.column(viewer, AuditEntry.class, AuditMessages.col_target, 220, e -> nz(e.getTarget()));
        Tables.column(viewer, AuditEntry.class, AuditMessages.col_detail, 380, e -> nz(e.getDetail()).replace('\n', ' '));
        status = new Label(area, SWT.WRAP);
        status.setData("name", STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        show();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, AuditMessages.close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    private void show() {
        Instant from;
        Instant to;
        try {
            from = startOf(since.date());
            LocalDate last = until.date();
            to = last == null ? null : startOf(last.plusDays(1));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        AuditLog.Filter f = new AuditLog.Filter(blankToNull(actor.getText()), ACTIONS[Math.max(0, action.getSelectionIndex())],
                blankToNull(target.getText()), from, to);
        Jobs.background(viewer.getControl(), AuditMessages.title, () -> log.list(admin, f, MAX), this::shown);
    }

    private void shown(List<AuditEntry> entries) {
        viewer.setInput(entries);
        status.setText(entries.size() >= MAX ? NLS.bind(AuditMessages.shown_more, MAX)
                : NLS.bind(AuditMessages.shown, entries.size()));
        status.getParent().layout(true);
    }

    private void verify() {
        Jobs.background(viewer.getControl(), AuditMessages.verify, log::verify, r -> {
            status.setText(r.intact() ? NLS.bind(AuditMessages.intact, r.entries())
                    : NLS.bind(AuditMessages.broken, r.firstBadSeq(), r.problem()));
            status.getParent().layout(true);
        });
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    static String label(String action) {
        if (action == null) {
            return AuditMessages.action_any;
        }
        return switch (action) {
            case AuditLog.CHANGE -> AuditMessages.action_change;
            case AuditLog.READ -> AuditMessages.action_read;
            case AuditLog.EXPORT -> AuditMessages.action_export;
            case AuditLog.LOGIN -> AuditMessages.action_login;
            case AuditLog.LOGIN_FAILED -> AuditMessages.action_login_failed;
            default -> action;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
