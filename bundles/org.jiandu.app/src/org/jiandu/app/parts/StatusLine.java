package org.jiandu.app.parts;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.app.Messages;
import org.jiandu.app.setup.SetupMessages;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;

import jakarta.annotation.PostConstruct;

/** Bottom line: a demo installation's warning, who is logged in, which county, where the data lives. */
public class StatusLine {

    public static final String LABEL = "jiandu.status", DEMO_LABEL = "jiandu.status.demo";

    @PostConstruct
    void create(Composite parent, Session session) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(session.demo() ? 2 : 1, false));
        if (session.demo()) {
            Label demo = new Label(c, SWT.NONE);
            demo.setData("name", DEMO_LABEL);
            demo.setText(SetupMessages.demo_status);
            demo.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        Label l = new Label(c, SWT.NONE);
        l.setData("name", LABEL);
        l.setText(NLS.bind(Messages.status_user, session.subject().displayName(), Labels.of(session.subject().role()))
                + "    " + NLS.bind(Messages.status_county, session.county().displayName(Locale.getDefault()))
                + "    " + NLS.bind(Messages.status_dir, session.dataDir()));
        // the database's version and URL are for whoever supports the installation: a tooltip, not the narrow line
        l.setToolTipText(NLS.bind(Messages.status_data, session.dataDir(), session.database()));
    }
}
