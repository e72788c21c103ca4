package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.jiandu.app.Dialogs;
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
import org.jiandu.app.Session;
import org.jiandu.persistence.Installation;

import java.util.Properties;

/** Database (H2 file or PostgreSQL) and language, kept in the data directory's settings; used at the next start. */
public class PreferencesHandler {

    private static final String[] LANGUAGES = { "", "zh_CN", "en" };

    @Execute
    void execute(Shell shell, Session session) {
        Installation inst = new Installation(session.county(), session.dataDir(), null);
        new PreferencesDialog(shell, inst).open();
    }

    static final class PreferencesDialog extends Dialog {
        private final Installation inst;
        private Text url;
        private Text user;
        private Combo language;

        PreferencesDialog(Shell parent, Installation inst) {
            super(parent);
            this.inst = inst;
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
            Group lang = new Group(area, SWT.NONE);
            lang.setText(Messages.prefs_language);
            lang.setLayout(new GridLayout(1, false));
            lang.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            language = new Combo(lang, SWT.READ_ONLY);
            language.setItems(Messages.prefs_lang_system, "中文", "English");
            String current = s.getProperty("ui.nl", "");
            language.select(Math.max(0, java.util.Arrays.asList(LANGUAGES).indexOf(current)));
            Label hint = new Label(area, SWT.NONE);
            hint.setText(Messages.prefs_restart);
            return area;
        }

        @Override
        protected void okPressed() {
            try {
                inst.saveDatabaseSetting(url.getText(), user.getText());
                inst.saveSetting("ui.nl", LANGUAGES[Math.max(0, language.getSelectionIndex())]);
                super.okPressed();
            } catch (RuntimeException e) {
                Dialogs.error(getShell(), Messages.prefs_title, NLS.bind(Messages.prefs_invalid, e.getMessage()));
            }
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
