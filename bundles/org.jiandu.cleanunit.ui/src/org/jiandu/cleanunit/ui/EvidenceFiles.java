package org.jiandu.cleanunit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;

/** Evidence of an indicator: a file attached to it, and the latest one opened (or, if not a document, saved as a copy). */
final class EvidenceFiles {

    private final Composite owner;
    private final CleanUnitService service;
    private final Session session;
    private final Runnable attached;

    /** @param attached run after a file is attached (the form shows it) */
    EvidenceFiles(Composite owner, CleanUnitService service, Session session, Runnable attached) {
        this.owner = owner;
        this.service = service;
        this.session = session;
        this.attached = attached;
    }

    /** Asks for a file and attaches it to indicator {@code i} of creation {@code c}; nothing when {@code i} is null. */
    void add(CreationView c, IndicatorSet.Indicator i) {
        if (i == null) {
            return;
        }
        FileDialog fd = new FileDialog(owner.getShell(), SWT.OPEN);
        String f = fd.open();
        if (f == null) {
            return;
        }
        Jobs.background(owner, Messages.add_evidence, () -> {
            try {
                return service.addEvidence(session.subject(), c.id(), i.code(), Path.of(f));
            } catch (IOException e) {
                throw new IllegalStateException(NLS.bind(Messages.cannot_read, f, e.getMessage()), e);
            }
        }, e -> attached.run());
    }

    /** Opens the latest evidence of indicator {@code i} (from {@code byIndicator}); nothing when it has none. */
    void open(IndicatorSet.Indicator i, Map<String, List<EvidenceView>> byIndicator) {
        List<EvidenceView> e = i == null ? List.of() : byIndicator.getOrDefault(i.code(), List.of());
        if (e.isEmpty()) {
            return;
        }
        EvidenceView last = e.get(e.size() - 1);
        // the service hands out only documents (by name and content), as a copy inside the data directory
        Jobs.background(owner, Messages.open_evidence, () -> {
            try {
                return service.openEvidence(session.subject(), last.id());
            } catch (IllegalArgumentException refused) {
                return null; // not a document to open: offered to be saved instead
            } catch (IOException ex) {
                throw new IllegalStateException(NLS.bind(Messages.cannot_read, last.fileName(), ex.getMessage()), ex);
            }
        }, copy -> {
            if (copy != null) {
                Program.launch(copy.toString());
                return;
            }
            if (MessageDialog.openQuestion(owner.getShell(), Messages.open_evidence, NLS.bind(Messages.evidence_save_instead,
                    last.fileName()))) {
                saveCopy(last);
            }
        });
    }

    private void saveCopy(EvidenceView last) {
        FileDialog fd = new FileDialog(owner.getShell(), SWT.SAVE);
        fd.setFileName(last.fileName());
        fd.setOverwrite(true);
        String target = fd.open();
        if (target != null) {
            Jobs.background(owner, Messages.open_evidence, () -> {
                try {
                    service.exportEvidence(session.subject(), last.id(), Path.of(target));
                    return target;
                } catch (IOException ex) {
                    throw new IllegalStateException(NLS.bind(Messages.cannot_write, target, ex.getMessage()), ex);
                }
            }, done -> Dialogs.info(owner.getShell(), Messages.open_evidence, NLS.bind(Messages.written, done)));
        }
    }
}
