package org.jiandu.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;

/** The export dialog every screen shares: where to save a report or a list, then the file written in a job. */
public final class Export {

    private Export() {
    }

    /** Writes one file (a report, an export). */
    public interface FileWork {
        void write(Path file) throws IOException;
    }

    /**
     * Asks where to save (XLSX or PDF), writes the file in a job and says where it went ({@code written}, {0} the file);
     * a write error goes to a dialog naming the file ({@code cannotWrite}, {0} the file, {1} the reason).
     */
    public static void ask(Control owner, String name, String fileName, FileWork work, String written, String cannotWrite) {
        FileDialog fd = new FileDialog(owner.getShell(), SWT.SAVE);
        fd.setFilterExtensions(new String[] { "*.xlsx", "*.pdf" });
        fd.setFileName(fileName);
        fd.setOverwrite(true);
        String f = fd.open();
        if (f == null) {
            return;
        }
        Jobs.background(owner, name, () -> {
            try {
                work.write(Path.of(f));
                return f;
            } catch (IOException e) {
                throw new IllegalStateException(NLS.bind(cannotWrite, f, e.getMessage()), e);
            }
        }, done -> Dialogs.info(owner.getShell(), name, NLS.bind(written, done)));
    }
}
