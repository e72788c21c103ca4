package org.jiandu.update.ui;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.Progress;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.Jobs;
import org.jiandu.update.Available;
import org.jiandu.update.Installed;
import org.jiandu.update.Repositories;
import org.jiandu.update.UpdateService;

/**
 * What to change: the repository (remembered for the installation if asked), a newer version when it has one, and
 * the modules as they should be after the change (checked = installed). Reading the repository runs in the
 * background; the change itself runs after the dialog closes.
 */
final class UpdatesDialog extends FormDialog {

    static final String REPOSITORY = "jiandu.updates.repository", CHECK = "jiandu.updates.check",
            UPDATE = "jiandu.updates.update", MODULES = "jiandu.updates.modules", STATUS = "jiandu.updates.status";

    /** What the administrator asked for. */
    record Choice(URI from, boolean update, List<String> add, List<String> remove, boolean remember) {
    }

    private final UpdateService updates;
    private final Installed installed;
    private Text repository;
    private Label status;
    private Button update;
    private Table modules;
    private Button remember;
    private Available checked;
    private Choice choice;

    UpdatesDialog(Shell parent, UpdateService updates, Installed installed) {
        super(parent, Messages.title, Messages.apply);
        this.updates = updates;
        this.installed = installed;
    }

    Choice choice() {
        return choice;
    }

    @Override
    protected void build(Composite fields) {
        note(fields, NLS.bind(Messages.installed, new Object[] { installed.name(), installed.product(),
                installed.version(), installed.folder() }));
        new Label(fields, SWT.NONE).setText(Messages.repository);
        Composite row = new Composite(fields, SWT.NONE);
        GridLayout rowLayout = new GridLayout(3, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        row.setLayout(rowLayout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        repository = new Text(row, SWT.BORDER);
        repository.setData("name", REPOSITORY);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 300;
        repository.setLayoutData(wide);
        updates.location().ifPresent(l -> repository.setText("file".equals(l.getScheme()) ? l.getPath() : l.toString()));
        Button browse = new Button(row, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(repository.getText());
            String dir = d.open();
            if (dir != null) {
                repository.setText(dir);
                check();
            }
        });
        Button check = new Button(row, SWT.PUSH);
        check.setText(Messages.check);
        check.setData("name", CHECK);
        check.addListener(SWT.Selection, e -> check());

        status = note(fields, repository.getText().isBlank() ? Messages.no_location : "");
        status.setData("name", STATUS);
        update = new Button(fields, SWT.CHECK);
        update.setData("name", UPDATE);
        update.setText(Messages.no_update);
        update.setEnabled(false);
        update.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        Label ml = new Label(fields, SWT.WRAP);
        ml.setText(Messages.modules);
        GridData mlData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        mlData.widthHint = 440;
        ml.setLayoutData(mlData);
        modules = new Table(fields, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        modules.setData("name", MODULES);
        GridData md = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        md.heightHint = modules.getItemHeight() * 5;
        modules.setLayoutData(md);
        fillModules(List.of(), installed::title);

        remember = new Button(fields, SWT.CHECK);
        remember.setText(Messages.remember);
        remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (!repository.getText().isBlank()) {
            getShell().getDisplay().asyncExec(this::check);
        }
    }

    /** Every module installed or offered; checked as the administrator left it, else as installed now. */
    private void fillModules(List<String> offered, UnaryOperator<String> titles) {
        Map<String, Boolean> state = new HashMap<>();
        for (TableItem item : modules.getItems()) {
            state.put((String) item.getData(), item.getChecked());
        }
        modules.removeAll();
        TreeSet<String> all = new TreeSet<>(installed.modules());
        all.addAll(offered);
        for (String m : all) {
            TableItem item = new TableItem(modules, SWT.NONE);
            item.setData(m);
            item.setText(ModuleNames.of(m, titles.apply(m)));
            item.setChecked(state.getOrDefault(m, installed.modules().contains(m)));
        }
    }

    private void check() {
        URI from;
        try {
            from = Repositories.uri(repository.getText());
        } catch (RuntimeException e) {
            say(e.getMessage(), true);
            return;
        }
        status.setText(Messages.checking);
        Jobs.background(repository, Messages.title, () -> updates.check(from, Progress.NONE), available -> {
            checked = available;
            status.setText(available.version() == null ? NLS.bind(Messages.current, installed.version())
                    : NLS.bind(Messages.newer, available.version(), installed.version()));
            update.setEnabled(available.version() != null);
            update.setSelection(available.version() != null);
            update.setText(available.version() == null ? Messages.no_update : NLS.bind(Messages.update_to,
                    available.version()));
            fillModules(available.modules(), m -> installed.titles().containsKey(m) ? installed.title(m) : available.title(m));
            say("", false);
            getShell().layout(true, true);
        }, failed -> {
            checked = null;
            status.setText("");
            say(failed, true);
        });
    }

    @Override
    protected void save() {
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (TableItem item : modules.getItems()) {
            String m = (String) item.getData();
            if (item.getChecked() && !installed.modules().contains(m)) {
                add.add(m);
            } else if (!item.getChecked() && installed.modules().contains(m)) {
                remove.add(m);
            }
        }
        boolean wantsUpdate = update.getEnabled() && update.getSelection();
        if ((wantsUpdate || !add.isEmpty()) && checked == null) {
            throw new IllegalStateException(Messages.needs_check);
        }
        if (!wantsUpdate && add.isEmpty() && remove.isEmpty()) {
            throw new IllegalStateException(Messages.nothing);
        }
        URI from = checked == null ? null : checked.from();
        choice = new Choice(from, wantsUpdate, add, remove, remember.getSelection() && from != null);
    }
}
