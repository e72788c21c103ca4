package org.jiandu.search.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.Progress;
import org.jiandu.search.BatchResult;
import org.jiandu.search.ClearanceCheck;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;
import org.jiandu.ui.UserMessage;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Clearance check (廉政意见回复): a list of names or terms, pasted or loaded from CSV/XLSX/text, searched as exact
 * strings against every document in the user's scope (no cap) in a cancellable job; per-term counts, the
 * documents of the chosen term, and the term × document workbook.
 */
public class BatchSearchPart {

    public static final String ID = "org.jiandu.search.ui.part.batch";
    public static final String TERMS = "jiandu.batch.terms", COUNTS = "jiandu.batch.counts", UNITS = "jiandu.batch.units",
            STATUS = "jiandu.batch.status", PREVIEW = "jiandu.batch.preview";

    @Inject
    SearchService search;

    @Inject
    Session session;

    @Inject
    EPartService parts;

    private Text terms;
    private Label status;
    private ProgressBar progress;
    private Button run, cancel, export;
    private TableViewer counts, units;
    private PreviewPane preview;
    private BatchResult result;

    /** A row of the document table: unit id, the file's name and folder, and the page or sheet. */
    private record Unit(String id, String name, String folder, String where) {
        /** Split as text: a path the JVM's file-name encoding cannot map must still be shown, not refused. */
        static Unit of(String id, String path, String where) {
            int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            return new Unit(id, path.substring(cut + 1), cut < 0 ? "" : path.substring(0, cut), where);
        }
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false)); // one column: nothing is cut off when the pane is narrow
        Label hint = new Label(left, SWT.WRAP);
        hint.setText(Messages.batch_terms_hint);
        GridData hd = new GridData(SWT.FILL, SWT.TOP, true, false);
        hd.widthHint = 100;
        hint.setLayoutData(hd);
        terms = Widgets.tabMovesOn(new Text(left, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL));
        terms.setData("name", TERMS);
        terms.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button load = new Button(left, SWT.PUSH);
        load.setText(Messages.batch_load);
        load.addListener(SWT.Selection, e -> load());
        load.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        run = new Button(left, SWT.PUSH);
        run.setText(Messages.batch_run);
        run.addListener(SWT.Selection, e -> start());
        run.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(4, false));
        status = new Label(right, SWT.WRAP); // sentences wrap rather than being cut off at 1024×768
        status.setData("name", STATUS);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 200;
        status.setLayoutData(sd);
        say(Messages.batch_empty); // what to do first
        progress = new ProgressBar(right, SWT.SMOOTH);
        progress.setLayoutData(new GridData(160, SWT.DEFAULT));
        progress.setVisible(false);
        cancel = new Button(right, SWT.PUSH);
        cancel.setText(Messages.cancel);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> Job.getJobManager().cancel(this));
        export = new Button(right, SWT.PUSH);
        export.setText(Messages.batch_export);
        export.setEnabled(false);
        export.addListener(SWT.Selection, e -> export());
        SashForm results = new SashForm(right, SWT.VERTICAL);
        results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        SashForm tables = new SashForm(results, SWT.HORIZONTAL);
        counts = viewer(tables, COUNTS);
        Tables.column(counts, String.class, Messages.col_term, 160, t -> t);
        Tables.column(counts, String.class, Messages.col_hits, 80, t -> String.valueOf(result.count(t)));
        counts.addSelectionChangedListener(e -> showUnits());
        counts.addDoubleClickListener(e -> {
            if (counts.getStructuredSelection().getFirstElement() instanceof String t) {
                var part = parts.showPart(SearchPart.ID, PartState.ACTIVATE);
                if (part != null && part.getObject() instanceof SearchPart sp) {
                    sp.showQuery("\"" + t.replace("\"", " ") + "\"");
                }
            }
        });
        units = viewer(tables, UNITS);
        Tables.column(units, Unit.class, Messages.col_document, 220, Unit::name);
        Tables.column(units, Unit.class, Messages.col_page, 70, Unit::where);
        Tables.column(units, Unit.class, Messages.col_folder, 260, Unit::folder);
        units.addSelectionChangedListener(e -> showPreview());
        units.addDoubleClickListener(e -> showPreview());
        tables.setWeights(35, 65);
        preview = new PreviewPane(results, search, session, PREVIEW);
        results.setWeights(50, 50);
        sash.setWeights(28, 72);
    }

    /** Shows a sentence on the status line, wrapped to its width. */
    private void say(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    private static TableViewer viewer(Composite parent, String name) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout l = new GridLayout(1, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        c.setLayout(l);
        TableViewer v = Widgets.table(c, name);
        v.getTable().setData("jiandu.title", Messages.module_batch); // the export's title
        return v;
    }

    /** The chosen document with the chosen term marked, as the search screen shows a hit. */
    private void showPreview() {
        if (units.getStructuredSelection().getFirstElement() instanceof Unit u
                && counts.getStructuredSelection().getFirstElement() instanceof String t) {
            preview.show(u.id(), "\"" + t.replace("\"", " ") + "\"");
        } else {
            preview.clear();
        }
    }

    private void load() {
        FileDialog fd = new FileDialog(terms.getShell(), SWT.OPEN);
        fd.setText(Messages.batch_load);
        fd.setFilterExtensions(new String[] { "*.xlsx;*.csv;*.txt", "*.*" });
        String file = fd.open();
        if (file == null) {
            return;
        }
        try {
            terms.setText(String.join("\n", ClearanceCheck.readTerms(Path.of(file))));
        } catch (IOException | RuntimeException e) {
            Dialogs.error(terms.getShell(), Messages.batch_load, file + ": " + UserMessage.of(e));
        }
    }

    /** Runs the check for the terms in the box as a cancellable job. */
    public Job start() {
        List<String> list = ClearanceCheck.parseTerms(terms.getText());
        if (list.isEmpty()) {
            say(Messages.batch_empty);
            return null;
        }
        Display display = terms.getDisplay();
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setMaximum(list.size());
        progress.setSelection(0);
        say(NLS.bind(Messages.batch_running, list.size()));
        Job job = new Job(NLS.bind(Messages.batch_running, list.size())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), list.size());
                try {
                    BatchResult r = search.batch(session.subject(), list, new Progress() {
                        @Override
                        public void worked(int done, int total, String current) {
                            monitor.worked(1);
                            display.asyncExec(() -> {
                                if (!progress.isDisposed()) {
                                    progress.setSelection(done);
                                }
                            });
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCanceled();
                        }
                    });
                    display.asyncExec(() -> finished(r, null));
                } catch (RuntimeException | LinkageError e) {
                    String message = UserMessage.of(e); // one sentence: a refusal, or "details in the log"
                    display.asyncExec(() -> finished(null, message));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == BatchSearchPart.this;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void finished(BatchResult r, String error) {
        if (status.isDisposed()) {
            return;
        }
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        if (error != null) {
            say(error); // never left saying "checking …"
            Dialogs.error(terms.getShell(), Messages.module_batch, error);
            return;
        }
        result = r;
        say(r.units().isEmpty() ? NLS.bind(Messages.batch_no_hits, r.terms().size())
                : NLS.bind(Messages.batch_status, r.terms().size(), r.units().size()));
        export.setEnabled(true);
        counts.setInput(r.terms());
        units.setInput(List.of());
        if (!r.terms().isEmpty()) {
            counts.getTable().select(0);
            showUnits();
        }
    }

    private void showUnits() {
        if (result == null || !(counts.getStructuredSelection().getFirstElement() instanceof String t)) {
            return;
        }
        units.setInput(result.hits().getOrDefault(t, List.of()).stream()
                .map(id -> Unit.of(id, result.units().get(id)[0], result.units().get(id)[1])).toList());
        if (units.getTable().getItemCount() > 0) {
            units.getTable().select(0);
        }
        showPreview();
    }

    /** Whether there is a result to export: the export button and the command ask the same. */
    boolean canExport() {
        return export.isEnabled();
    }

    void export() {
        FileDialog fd = new FileDialog(terms.getShell(), SWT.SAVE);
        fd.setText(Messages.batch_export);
        fd.setFilterExtensions(new String[] { "*.xlsx" });
        fd.setFileName(Messages.batch_file_name);
        fd.setOverwrite(true);
        String file = fd.open();
        if (file == null) {
            return;
        }
        try {
            search.exportBatch(session.subject(), result, Path.of(file));
            say(NLS.bind(Messages.batch_exported, file));
        } catch (IOException | RuntimeException e) {
            Dialogs.error(terms.getShell(), Messages.batch_export, UserMessage.of(e));
        }
    }
}
