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
import org.eclipse.jface.viewers.ArrayContentProvider;
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
            STATUS = "jiandu.batch.status";

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
    private BatchResult result;

    /** A row of the document table: unit id and where it is. */
    private record Unit(String id, String path, String where) {
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(2, false));
        Label hint = new Label(left, SWT.WRAP);
        hint.setText(Messages.batch_terms_hint);
        GridData hd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hd.widthHint = 200;
        hint.setLayoutData(hd);
        terms = new Text(left, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        terms.setData("name", TERMS);
        terms.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Button load = new Button(left, SWT.PUSH);
        load.setText(Messages.batch_load);
        load.addListener(SWT.Selection, e -> load());
        run = new Button(left, SWT.PUSH);
        run.setText(Messages.batch_run);
        run.addListener(SWT.Selection, e -> start());

        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(4, false));
        status = new Label(right, SWT.NONE);
        status.setData("name", STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
        SashForm tables = new SashForm(right, SWT.HORIZONTAL);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
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
        Tables.column(units, Unit.class, Messages.col_document, 300, Unit::path);
        Tables.column(units, Unit.class, Messages.col_page, 90, Unit::where);
        tables.setWeights(35, 65);
        sash.setWeights(25, 75);
    }

    private static TableViewer viewer(Composite parent, String name) {
        TableViewer v = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        v.getTable().setData("name", name);
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.setContentProvider(ArrayContentProvider.getInstance());
        return v;
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
            Dialogs.error(terms.getShell(), Messages.batch_load, NLS.bind(Messages.error, file + ": " + e.getMessage()));
        }
    }

    /** Runs the check for the terms in the box as a cancellable job. */
    public Job start() {
        List<String> list = ClearanceCheck.parseTerms(terms.getText());
        if (list.isEmpty()) {
            return null;
        }
        Display display = terms.getDisplay();
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setMaximum(list.size());
        progress.setSelection(0);
        status.setText(NLS.bind(Messages.batch_running, list.size()));
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
                } catch (RuntimeException e) {
                    display.asyncExec(() -> finished(null, e.getMessage()));
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
            Dialogs.error(terms.getShell(), Messages.module_batch, NLS.bind(Messages.error, error));
            return;
        }
        result = r;
        status.setText(NLS.bind(Messages.batch_status, r.terms().size(), r.units().size()));
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
                .map(id -> new Unit(id, result.units().get(id)[0], result.units().get(id)[1])).toList());
    }

    /** Whether there is a result to export: the export button and the command ask the same. */
    boolean canExport() {
        return export.isEnabled();
    }

    void export() {
        FileDialog fd = new FileDialog(terms.getShell(), SWT.SAVE);
        fd.setText(Messages.batch_export);
        fd.setFilterExtensions(new String[] { "*.xlsx" });
        fd.setFileName("廉政意见回复.xlsx");
        fd.setOverwrite(true);
        String file = fd.open();
        if (file == null) {
            return;
        }
        try {
            search.exportBatch(session.subject(), result, Path.of(file));
            status.setText(NLS.bind(Messages.batch_exported, file));
        } catch (IOException | RuntimeException e) {
            Dialogs.error(terms.getShell(), Messages.batch_export, NLS.bind(Messages.error, e.getMessage()));
        }
    }
}
