package org.jiandu.app.handlers;

import java.util.Arrays;
import java.util.Properties;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.app.Messages;
import org.jiandu.app.StartupErrors;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DatabaseException;
import org.jiandu.persistence.Installation;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;

/**
 * Database (H2 file or PostgreSQL) and language, kept in the data directory's settings; used at the next start. Only
 * an administrator changes the database (a URL can run code; the change is audited), anyone the language.
 */
public class PreferencesHandler {

    private static final String[] LANGUAGES = { "", "zh_CN", "en" };

    @Execute
    void execute(Shell shell, Session session, AuditLog audit) {
        Installation inst = new Installation(session.county(), session.dataDir(), null);
        new PreferencesDialog(shell, inst, session.subject(), audit).open();
    }

    static final class PreferencesDialog extends Dialog {
        private final Installation inst;
        private final Subject subject;
        private final AuditLog audit;
        private Text url;
        private Text user;
        private Combo language;

        PreferencesDialog(Shell parent, Installation inst, Subject subject, AuditLog audit) {
            super(parent);
            this.inst = inst;
            this.subject = subject;
            this.audit = audit;
        }

        private boolean mayChangeDatabase() {
            return subject.role() == Role.ADMINISTRATOR;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.prefs_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Properties s = inst.settings();
            Group db = new Group(area, SWT.NONE);
            db.setText(Messages.prefs_database);
            db.setLayout(new GridLayout(1, false));
            db.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(db, SWT.NONE).setText(Messages.prefs_db_url);
            url = new Text(db, SWT.BORDER);
            url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            url.setText(s.getProperty(Installation.SETTING_DB_URL, ""));
            url.setMessage("jdbc:postgresql://localhost:5432/jiandu");
            new Label(db, SWT.NONE).setText(Messages.prefs_db_user);
            user = new Text(db, SWT.BORDER);
            user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            user.setText(s.getProperty(Installation.SETTING_DB_USER, ""));
            if (!mayChangeDatabase()) {
                url.setEnabled(false);
                user.setEnabled(false);
                new Label(db, SWT.NONE).setText(Messages.prefs_admin_only);
            }
            Group lang = new Group(area, SWT.NONE);
            lang.setText(Messages.prefs_language);
            lang.setLayout(new GridLayout(1, false));
            lang.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            language = new Combo(lang, SWT.READ_ONLY);
            language.setItems(Messages.prefs_lang_system, "中文", "English");
            String current = s.getProperty("ui.nl", "");
            language.select(Math.max(0, Arrays.asList(LANGUAGES).indexOf(current)));
            Label hint = new Label(area, SWT.NONE);
            hint.setText(Messages.prefs_restart);
            return area;
        }

        @Override
        protected void okPressed() {
            try {
                if (mayChangeDatabase() && databaseChanged()) {
                    inst.changeDatabase(subject, audit, url.getText(), user.getText());
                }
                inst.saveSetting("ui.nl", LANGUAGES[Math.max(0, language.getSelectionIndex())]);
                super.okPressed();
            } catch (DatabaseException e) {
                Dialogs.error(getShell(), Messages.prefs_title, NLS.bind(Messages.prefs_invalid, StartupErrors.text(e)));
            } catch (RuntimeException e) {
                Dialogs.error(getShell(), Messages.prefs_title, NLS.bind(Messages.prefs_invalid, e.getMessage()));
            }
        }

        private boolean databaseChanged() {
            Properties s = inst.settings();
            return !url.getText().trim().equals(s.getProperty(Installation.SETTING_DB_URL, ""))
                    || !user.getText().trim().equals(s.getProperty(Installation.SETTING_DB_USER, ""));
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, Messages.ok, true);
            createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
        }

        @Override
        protected org.eclipse.swt.graphics.Point getInitialSize() {
            return new org.eclipse.swt.graphics.Point(620, 330);
        }
    }
}
