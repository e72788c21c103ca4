package org.jiandu.app.setup;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.app.StartupErrors;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.PasswordPolicy;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.DatabaseManager;
import org.jiandu.persistence.Installation;
import org.jiandu.ui.Widgets;

/**
 * The first start of a data directory that is not set up: the county (fixed by a county build, chosen in the full
 * build), the database (embedded, or the commission's PostgreSQL server, tried before going on), the first
 * administrator, and how to begin (the county's own jurisdiction, or demo data). Checks everything it can before it
 * closes, and stays open on a mistake with one sentence saying what is wrong.
 */
public class SetupDialog extends Dialog {

    /** Widget data keys for the UI tests. */
    public static final String COUNTY = "jiandu.setup.county", SERVER = "jiandu.setup.server", URL = "jiandu.setup.url",
            NAME = "jiandu.setup.name", PASSWORD = "jiandu.setup.password", AGAIN = "jiandu.setup.again",
            DEMO = "jiandu.setup.demo", ERROR = "jiandu.setup.error", ENCRYPT = "jiandu.setup.encrypt";

    private final Installation inst;
    private final DatabaseManager databases;
    private Combo county;
    private Button server;
    private Button encrypt;
    private Text url;
    private Text dbUser;
    private Text dbPassword;
    private Text name;
    private Text display;
    private Text password;
    private Text again;
    private Button demo;
    private Label error;
    private Composite adminFields;
    private SetupChoice choice;

    public SetupDialog(Shell parent, Installation inst, DatabaseManager databases) {
        super(parent);
        this.inst = inst;
        this.databases = databases;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(SetupMessages.title, inst.county().commission(Locale.getDefault())));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite outer = (Composite) super.createDialogArea(parent);
        // scrolls on a small screen instead of pushing the buttons off it
        ScrolledComposite scroll = new ScrolledComposite(outer, SWT.V_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite area = new Composite(scroll, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        scroll.setContent(area);

        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(SetupMessages.intro, inst.dataDir()));
        intro.setLayoutData(wide(560));

        Group c = group(area, SetupMessages.county, 1);
        if (Installation.countyChoosable()) {
            county = new Combo(c, SWT.READ_ONLY);
            county.setData("name", COUNTY);
            for (CountyProfile p : CountyProfile.ALL) {
                county.add(p.displayName(Locale.getDefault()));
            }
            county.select(Math.max(0, CountyProfile.ALL.indexOf(inst.county())));
        } else {
            new Label(c, SWT.NONE).setText(NLS.bind(SetupMessages.county_fixed, inst.county().displayName(Locale.getDefault())));
        }

        Group db = group(area, SetupMessages.database, 2);
        Button embedded = new Button(db, SWT.RADIO);
        embedded.setText(SetupMessages.db_embedded);
        embedded.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        embedded.setSelection(true);
        encrypt = new Button(db, SWT.CHECK);
        encrypt.setData("name", ENCRYPT);
        encrypt.setText(SetupMessages.db_encrypt);
        GridData indent = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        indent.horizontalIndent = 20;
        encrypt.setLayoutData(indent);
        encrypt.setSelection(true); // the default for a real installation: a copied file or backup stays unreadable
        server = new Button(db, SWT.RADIO);
        server.setData("name", SERVER);
        server.setText(SetupMessages.db_server);
        server.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        url = Widgets.field(db, SetupMessages.db_url, SWT.NONE);
        url.setData("name", URL);
        url.setMessage("jdbc:postgresql://10.0.0.5:5432/jiandu");
        dbUser = Widgets.field(db, SetupMessages.db_user, SWT.NONE);
        dbPassword = Widgets.field(db, SetupMessages.db_password, SWT.PASSWORD);
        new Label(db, SWT.NONE);
        Button test = new Button(db, SWT.PUSH);
        test.setText(SetupMessages.db_test);
        server.addListener(SWT.Selection, e -> enableServer(test));
        embedded.addListener(SWT.Selection, e -> enableServer(test));
        test.addListener(SWT.Selection, e -> {
            DatabaseConfig cfg = serverConfig();
            if (cfg != null) {
                try {
                    say(NLS.bind(SetupMessages.db_ok, databases.probe(cfg)), false);
                } catch (DatabaseException ex) {
                    say(NLS.bind(SetupMessages.err_database, StartupErrors.text(ex)), true);
                }
            }
        });
        enableServer(test);

        Group admin = group(area, SetupMessages.admin, 1);
        adminFields = new Composite(admin, SWT.NONE);
        adminFields.setLayout(new GridLayout(2, false));
        adminFields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        name = Widgets.field(adminFields, SetupMessages.admin_name, SWT.NONE);
        name.setData("name", NAME);
        display = Widgets.field(adminFields, SetupMessages.admin_display, SWT.NONE);
        password = Widgets.field(adminFields, SetupMessages.admin_password, SWT.PASSWORD);
        password.setData("name", PASSWORD);
        again = Widgets.field(adminFields, SetupMessages.admin_again, SWT.PASSWORD);
        again.setData("name", AGAIN);
        Label rules = new Label(admin, SWT.WRAP);
        rules.setText(SetupMessages.admin_rules);
        rules.setForeground(admin.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        rules.setLayoutData(wide(520));

        Group begin = group(area, SetupMessages.begin, 1);
        Button own = new Button(begin, SWT.RADIO);
        own.setText(SetupMessages.begin_import);
        own.setSelection(true);
        demo = new Button(begin, SWT.RADIO);
        demo.setData("name", DEMO);
        demo.setText(SetupMessages.begin_demo);
        Label note = new Label(begin, SWT.WRAP);
        note.setText(SetupMessages.demo_note);
        note.setForeground(begin.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        note.setLayoutData(wide(520));
        note.setVisible(false);
        demo.addListener(SWT.Selection, e -> {
            // the demo brings its own users; the administrator typed here would only mislead
            setEnabled(adminFields, !demo.getSelection());
            note.setVisible(demo.getSelection());
        });

        error = new Label(area, SWT.WRAP);
        error.setData("name", ERROR);
        error.setLayoutData(wide(560));

        scroll.setMinSize(area.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        name.setFocus();
        return outer;
    }

    private void enableServer(Button test) {
        boolean on = server.getSelection();
        encrypt.setEnabled(!on);
        url.setEnabled(on);
        dbUser.setEnabled(on);
        dbPassword.setEnabled(on);
        test.setEnabled(on);
    }

    private static void setEnabled(Composite c, boolean enabled) {
        for (Control child : c.getChildren()) {
            child.setEnabled(enabled);
        }
    }

    private static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(columns, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static GridData wide(int hint) {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = hint;
        return d;
    }

    private void say(String text, boolean bad) {
        error.setText(text);
        error.setForeground(error.getDisplay().getSystemColor(bad ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
        error.getParent().layout(true, true);
    }

    /** The server's configuration, or null (said in the dialog) when the URL is missing or not one we support. */
    private DatabaseConfig serverConfig() {
        String u = url.getText().trim();
        if (!u.startsWith("jdbc:postgresql:")) {
            say(SetupMessages.err_url, true);
            url.setFocus();
            return null;
        }
        String user = dbUser.getText().trim();
        String pw = dbPassword.getText();
        try {
            return new DatabaseConfig(u, user.isEmpty() ? null : user, pw.isEmpty() ? null : pw);
        } catch (DatabaseException e) {
            say(StartupErrors.text(e), true); // a parameter outside the allow-list, named
            url.setFocus();
            return null;
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, SetupMessages.finish, true);
        createButton(parent, IDialogConstants.CANCEL_ID, SetupMessages.cancel, false);
    }

    @Override
    protected void okPressed() {
        CountyProfile chosen = county == null ? inst.county() : CountyProfile.ALL.get(Math.max(0, county.getSelectionIndex()));
        DatabaseConfig cfg = null;
        if (server.getSelection()) {
            cfg = serverConfig();
            if (cfg == null) {
                return;
            }
            try {
                databases.probe(cfg); // tried before going on: a wrong address or password is said here
            } catch (DatabaseException ex) {
                say(NLS.bind(SetupMessages.err_database, StartupErrors.text(ex)), true);
                return;
            }
        }
        if (demo.getSelection()) {
            choice = new SetupChoice(chosen, cfg, null, null, null, true);
            super.okPressed();
            return;
        }
        String n = name.getText().trim();
        try {
            AppUser.checkName(n);
        } catch (IllegalArgumentException ex) {
            say(ex.getMessage(), true);
            name.setFocus();
            return;
        }
        char[] pw = password.getTextChars();
        char[] pw2 = again.getTextChars();
        try {
            if (!Arrays.equals(pw, pw2)) {
                say(SetupMessages.err_differ, true);
                again.setFocus();
                return;
            }
            PasswordPolicy.check(n, pw);
        } catch (IllegalArgumentException ex) {
            say(ex.getMessage(), true);
            password.setFocus();
            return;
        } finally {
            Arrays.fill(pw2, '\0');
        }
        if (cfg == null && encrypt.getSelection()) {
            try {
                inst.encryptNewDatabase(); // the key before the database file is created
            } catch (RuntimeException ex) {
                Arrays.fill(pw, '\0');
                say(ex.getMessage(), true);
                return;
            }
        }
        choice = new SetupChoice(chosen, cfg, n, display.getText().trim(), pw, false);
        super.okPressed();
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point p = super.getInitialSize();
        org.eclipse.swt.graphics.Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new org.eclipse.swt.graphics.Point(Math.min(Math.max(p.x, 640), screen.width - 40),
                Math.min(p.y, screen.height - 60));
    }

    /** What was chosen; null after cancel. */
    public SetupChoice choice() {
        return choice;
    }
}
