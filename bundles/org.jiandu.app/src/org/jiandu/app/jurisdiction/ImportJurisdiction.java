package org.jiandu.app.jurisdiction;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.jurisdiction.JurisdictionWorkbook;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;

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

    /** Asks where, writes the blank workbook a county fills in, and says what to do with it. */
    public static void saveTemplate(Shell shell) {
        FileDialog fd = new FileDialog(shell, SWT.SAVE);
        fd.setText(Messages.jtpl_title);
        fd.setFilterExtensions(new String[] { "*.xlsx" });
        fd.setFileName("辖区数据.xlsx");
        fd.setOverwrite(true);
        String f = fd.open();
        if (f == null) {
            return;
        }
        try {
            JurisdictionWorkbook.writeTemplate(Path.of(f));
            Dialogs.info(shell, Messages.jtpl_title, NLS.bind(Messages.jtpl_written, f));
        } catch (IOException e) {
            Dialogs.error(shell, Messages.jtpl_title, NLS.bind(Messages.jtpl_failed, f, e.getMessage()));
        }
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
