package org.jiandu.app.parts;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.app.Messages;
import org.jiandu.app.Session;

import jakarta.annotation.PostConstruct;

/** Bottom line: who is logged in, which county, where the data lives. */
public class StatusLine {

    public static final String LABEL = "jiandu.status";

    @PostConstruct
    void create(Composite parent, Session session) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        Label l = new Label(c, SWT.NONE);
        l.setData("name", LABEL);
        l.setText(NLS.bind(Messages.status_user, session.subject().displayName(), Labels.of(session.subject().role()))
                + "    " + NLS.bind(Messages.status_county, session.county().displayName(Locale.getDefault()))
                + "    " + NLS.bind(Messages.status_data, session.dataDir(), session.database()));
    }
}
