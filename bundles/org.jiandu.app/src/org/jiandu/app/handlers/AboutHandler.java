package org.jiandu.app.handlers;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/** Names the county commission the build is for, the user, the data location and the installed modules. */
public class AboutHandler {

    @Execute
    void execute(Shell shell, Session session) throws InvalidSyntaxException {
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        String modules = bc.getServiceReferences(WorkbenchModule.class, null).stream().map(bc::getService)
                .sorted(Comparator.comparingInt(WorkbenchModule::order)).map(WorkbenchModule::label)
                .collect(Collectors.joining(", "));
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        String[] db = session.database().split(" · ", 2);
        Dialogs.info(shell, Messages.about_title, NLS.bind(Messages.about_text, new Object[] { version,
                session.county().commission(Locale.getDefault()), session.subject().displayName(),
                Labels.of(session.subject().role()), session.subject().scopeName(), session.dataDir(), db[0],
                db.length > 1 ? db[1] : "", modules.isEmpty() ? Messages.about_no_modules : modules,
                session.dataDir().resolve("logs") }));
    }
}
