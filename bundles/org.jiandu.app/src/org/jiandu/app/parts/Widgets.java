package org.jiandu.app.parts;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.app.Dialogs;

/** The small building blocks the module screens share: tabs, button bars, list tables, work in a job. */
public final class Widgets {

    private Widgets() {
    }

    /** A tab of a folder with a one-column composite to fill. */
    public static Composite tab(CTabFolder tabs, String label) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(label);
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        item.setControl(c);
        return c;
    }

    /** A row of controls across the top of its parent. */
    public static Composite bar(Composite parent, int columns) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(columns, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return top;
    }

    /** A labelled single-line text field in a two-column form ({@code style}: e.g. {@link SWT#PASSWORD}). */
    public static Text field(Composite form, String label, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER | SWT.SINGLE | style);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    public static Button button(Composite parent, String text, boolean enabled, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setEnabled(enabled);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** A vertical split filling its parent; {@link #pane} adds its parts, top to bottom. */
    public static SashForm split(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return sash;
    }

    /** A one-column part of a split. */
    public static Composite pane(SashForm split) {
        Composite c = new Composite(split, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        return c;
    }

    /** A single-selection table of records filling its parent; {@code name} lets UI tests find it. */
    public static TableViewer table(Composite parent, String name) {
        TableViewer t = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        t.getTable().setData("name", name);
        t.getTable().setHeaderVisible(true);
        t.getTable().setLinesVisible(true);
        t.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        t.setContentProvider(ArrayContentProvider.getInstance());
        return t;
    }

    /**
     * Runs {@code work} as a user job (progress in the workbench) and hands its result to {@code done} on the UI thread;
     * an error goes to a dialog titled {@code name}. Nothing happens when {@code owner} is gone by then.
     */
    public static <T> void background(Control owner, String name, Supplier<T> work, Consumer<T> done) {
        var display = owner.getDisplay();
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.get();
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        done.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        Dialogs.error(owner.getShell(), name, e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Writes one file (a report, an export). */
    public interface FileWork {
        void write(java.nio.file.Path file) throws java.io.IOException;
    }

    /**
     * Asks where to save (XLSX or PDF), writes the file in a job and says where it went ({@code written}, {0} the file);
     * a write error goes to a dialog naming the file ({@code cannotWrite}, {0} the file, {1} the reason).
     */
    public static void export(Control owner, String name, String fileName, FileWork work, String written, String cannotWrite) {
        org.eclipse.swt.widgets.FileDialog fd = new org.eclipse.swt.widgets.FileDialog(owner.getShell(), SWT.SAVE);
        fd.setFilterExtensions(new String[] { "*.xlsx", "*.pdf" });
        fd.setFileName(fileName);
        fd.setOverwrite(true);
        String f = fd.open();
        if (f == null) {
            return;
        }
        background(owner, name, () -> {
            try {
                work.write(java.nio.file.Path.of(f));
                return f;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(org.eclipse.osgi.util.NLS.bind(cannotWrite, f, e.getMessage()), e);
            }
        }, done -> Dialogs.info(owner.getShell(), name, org.eclipse.osgi.util.NLS.bind(written, done)));
    }
}
