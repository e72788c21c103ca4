package org.jiandu.app.jurisdiction;

import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Dialogs;
import org.jiandu.app.Messages;
import org.jiandu.app.Session;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.JurisdictionService;

/** The import of the county's jurisdiction workbook as the workbench runs it: check, preview, apply, refresh. */
public final class ImportJurisdiction {

    private ImportJurisdiction() {
    }

    public static Path choose(Shell shell) {
        FileDialog fd = new FileDialog(shell, SWT.OPEN);
        fd.setText(Messages.jimp_choose);
        fd.setFilterExtensions(new String[] { "*.xlsx", "*.*" });
        String f = fd.open();
        return f == null ? null : Path.of(f);
    }

    /** Checks the workbook (nothing written), shows the problems or the difference, applies it when asked. */
    public static void run(Shell shell, Session session, JurisdictionService service, IEventBroker events, Path file) {
        String county = session.county().id();
        String name = file.getFileName().toString();
        JurisdictionCheck check = JurisdictionEdits.run(shell, Messages.jimp_title, NLS.bind(Messages.jimp_checking, name),
                () -> service.importWorkbook(session.subject(), county, file, false));
        if (check == null || new ImportPreviewDialog(shell, name, check).open() != Window.OK) {
            return;
        }
        JurisdictionCheck applied = JurisdictionEdits.run(shell, Messages.jimp_title, Messages.jimp_applying,
                () -> service.importWorkbook(session.subject(), county, file, true));
        if (applied == null) {
            return;
        }
        if (!applied.ok()) { // the database changed since the check
            new ImportPreviewDialog(shell, name, applied).open();
            return;
        }
        events.send(JurisdictionEdits.CHANGED, county);
        Dialogs.info(shell, Messages.jimp_title, NLS.bind(Messages.jimp_applied, applied.changes().size()));
    }
}
