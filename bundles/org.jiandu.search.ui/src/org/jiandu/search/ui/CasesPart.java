package org.jiandu.search.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.office.ImportReport;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseView;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Labels;
import org.jiandu.ui.SelectedOrg;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;
import org.jiandu.ui.UserMessage;
import org.jiandu.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Cases (案件): the list in the user's scope with a filter and a status choice; new and edit by form; import from
 * XLSX with every bad row named; indexing and searching a case's materials.
 */
public class CasesPart {

    public static final String ID = "org.jiandu.search.ui.part.cases";
    public static final String TABLE = "jiandu.cases.table", FILTER = "jiandu.cases.filter", COUNT = "jiandu.cases.count",
            EMPTY = "jiandu.cases.empty", NEW = "jiandu.cases.new";
    private static final int MAX = 5000;

    @Inject
    CaseService cases;

    @Inject
    Session session;

    @Inject
    OrgService orgs;

    @Inject
    EPartService parts;

    private Text filter;
    private Combo status;
    private TableViewer table;
    private Label count;
    private Label empty;
    private final List<Button> needSelection = new ArrayList<>();
    /** The township chosen in the jurisdiction tree: the list shows its cases only; null for all in scope. */
    private OrgNodeView township;
    /** Each refresh's number: a list that arrives after a newer refresh began is dropped. */
    private int refreshes;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = Widgets.row(parent);
        filter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        filter.setData("name", FILTER);
        filter.setMessage(Messages.cases_filter);
        filter.setLayoutData(new RowData(260, SWT.DEFAULT));
        filter.addListener(SWT.Modify, e -> refresh());
        status = new Combo(top, SWT.READ_ONLY);
        status.add(Messages.status_any);
        for (CaseStatus s : CaseStatus.values()) {
            status.add(label(s));
        }
        status.select(0);
        status.addListener(SWT.Selection, e -> refresh());
        boolean canEdit = canEdit();
        Widgets.button(top, Messages.case_new, canEdit, this::newCase).setData("name", NEW);
        Button edit = Widgets.button(top, Messages.case_edit, false, () -> {
            if (selected() != null) {
                edit(selected());
            }
        });
        Widgets.button(top, Messages.case_import, canEdit, this::importFile);
        Button index = Widgets.button(top, Messages.case_index, false, this::indexMaterials);
        Button find = Widgets.button(top, Messages.case_search, false, this::searchMaterials);
        if (canEdit) {
            needSelection.add(edit);
        } else {
            edit.setVisible(false); // a role that may not change cases is not offered to
            RowData hidden = new RowData();
            hidden.exclude = true;
            edit.setLayoutData(hidden);
        }
        needSelection.add(index);
        needSelection.add(find);
        count = new Label(top, SWT.NONE);
        count.setData("name", COUNT);

        empty = new Label(parent, SWT.WRAP);
        empty.setData("name", EMPTY);
        GridData ed = new GridData(SWT.FILL, SWT.TOP, true, false);
        ed.exclude = true;
        empty.setLayoutData(ed);
        empty.setVisible(false);
        table = Widgets.table(parent, TABLE);
        table.getTable().setData("jiandu.title", Messages.module_cases); // the export's title
        table.addSelectionChangedListener(e -> needSelection.forEach(b -> b.setEnabled(selected() != null)));
        col(Messages.col_case_no, 170, CaseView::caseNo);
        col(Messages.col_subject, 90, CaseView::subjectName);
        col(Messages.col_rank, 70, c -> Labels.of(c.rank()));
        col(Messages.col_township, 110, CaseView::townshipName);
        col(Messages.col_category, 130, CaseView::category);
        col(Messages.col_form, 100, c -> c.form() == null ? "" : formLabel(c.form()));
        col(Messages.col_filed, 90, c -> date(c.filedOn()));
        col(Messages.col_closed, 90, c -> date(c.closedOn()));
        col(Messages.col_status, 70, c -> label(c.status()));
        if (canEdit) {
            table.addDoubleClickListener(e -> {
                if (selected() != null) {
                    edit(selected());
                }
            });
        }
        refresh();
    }

    /** Follows the jurisdiction tree: a township chosen there narrows the list to its cases. */
    @Inject
    void selected(@Optional @Named(SelectedOrg.KEY) OrgNodeView org) {
        township = org != null && org.level() == OrgLevel.TOWNSHIP ? org : null;
        if (table != null && !table.getTable().isDisposed()) {
            refresh();
        }
    }

    static String label(CaseStatus s) {
        return switch (s) {
            case PRELIMINARY -> Messages.status_PRELIMINARY;
            case FILED -> Messages.status_FILED;
            case TRIAL -> Messages.status_TRIAL;
            case CLOSED -> Messages.status_CLOSED;
        };
    }

    /** "第一种形态" in Chinese, "Form 1" in English. */
    static String formLabel(org.jiandu.core.model.DisciplineForm f) {
        return NLS.bind(Messages.form_n, f.number(), f.chinese());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private void col(String label, int width, Function<CaseView, String> text) {
        Tables.column(table, CaseView.class, label, width, text);
    }

    private CaseView selected() {
        return table.getStructuredSelection().getFirstElement() instanceof CaseView c ? c : null;
    }

    /** Whether the user's role may add, edit and import cases: the buttons, the commands and the service ask the same. */
    boolean canEdit() {
        return CaseService.mayRegister(session.subject().role());
    }

    void refresh() {
        refresh(null);
    }

    /** Reloads the list in the background, then selects the case {@code select} (by number) when given. */
    private void refresh(String select) {
        CaseStatus s = status.getSelectionIndex() <= 0 ? null : CaseStatus.values()[status.getSelectionIndex() - 1];
        String text = filter.getText();
        int mine = ++refreshes;
        OrgNodeView in = township;
        Jobs.background(table.getTable(), Messages.module_cases, () -> cases.list(session.subject(), text, s, MAX).stream()
                .filter(c -> in == null || in.code().equals(c.townshipCode())).toList(), list -> {
            if (mine == refreshes) {
                table.setInput(list);
                count.setText(in == null ? NLS.bind(Messages.cases_count, list.size())
                        : NLS.bind(Messages.cases_count_in, list.size(), in.name()));
                showEmpty(list.isEmpty() ? emptyHint(text.isBlank() && s == null) : null);
                list.stream().filter(c -> c.caseNo().equals(select)).findFirst()
                        .ifPresent(c -> table.setSelection(new StructuredSelection(c), true));
                needSelection.forEach(b -> b.setEnabled(selected() != null));
            }
        }, message -> {
            if (mine == refreshes) {
                table.setInput(List.of());
                count.setText("");
                showEmpty(message);
            }
        });
    }

    /** What to do when there is no case to show: register or import one, or clear the filter. */
    private String emptyHint(boolean unfiltered) {
        return !unfiltered ? Messages.cases_none_filtered : canEdit() ? Messages.cases_none : Messages.cases_none_readonly;
    }

    private void showEmpty(String hint) {
        ((GridData) empty.getLayoutData()).exclude = hint == null;
        empty.setVisible(hint != null);
        empty.setText(hint == null ? "" : hint);
        empty.getParent().layout(true, true);
    }

    /** Opens the case form: a new case when {@code c} is null. */
    private void edit(CaseView c) {
        CaseDialog d = new CaseDialog(table.getTable().getShell(), cases, session, orgs, c);
        if (d.open() == CaseDialog.OK) {
            refresh(d.saved().caseNo());
        }
    }

    void newCase() {
        edit(null);
    }

    void importFile() {
        FileDialog fd = new FileDialog(table.getTable().getShell(), SWT.OPEN);
        fd.setText(Messages.import_title);
        fd.setFilterExtensions(new String[] { "*.xlsx" });
        String file = fd.open();
        if (file != null) {
            importFile(Path.of(file));
        }
    }

    /** Imports; when rows are bad, lists them and offers to import the good rows only. */
    public void importFile(Path file) {
        try {
            importChecked(file);
        } catch (RuntimeException e) {
            Dialogs.error(table.getTable().getShell(), Messages.import_title, UserMessage.of(e));
        }
    }

    private void importChecked(Path file) {
        ImportReport r = cases.importXlsx(session.subject(), file, false);
        if (!r.imported()) {
            long badRows = r.badRows();
            StringBuilder sb = new StringBuilder(NLS.bind(Messages.import_bad, badRows, r.rows()));
            r.errors().stream().limit(30).forEach(e -> sb.append('\n').append(e));
            if (r.errors().size() > 30) {
                sb.append("\n…");
            }
            boolean anyGood = r.rows() > badRows;
            if (!anyGood) {
                Dialogs.error(table.getTable().getShell(), Messages.import_title, sb.toString());
                return;
            }
            MessageDialog md = new MessageDialog(table.getTable().getShell(), Messages.import_title, null, sb.toString(),
                    MessageDialog.ERROR, 1, Messages.import_good_rows, Messages.cancel);
            if (md.open() != 0) {
                return;
            }
            r = cases.importXlsx(session.subject(), file, true);
        }
        refresh();
        Dialogs.info(table.getTable().getShell(), Messages.import_title,
                NLS.bind(Messages.import_done, new Object[] { r.added(), r.updated(),
                        r.badRows() }));
    }

    private SearchPart searchPart() {
        var part = parts.showPart(SearchPart.ID, PartState.ACTIVATE);
        return part != null && part.getObject() instanceof SearchPart sp ? sp : null;
    }

    private void indexMaterials() {
        CaseView c = selected();
        if (c == null) {
            return;
        }
        DirectoryDialog dd = new DirectoryDialog(table.getTable().getShell());
        dd.setText(Messages.case_index + " " + c.caseNo());
        String dir = dd.open();
        SearchPart sp = dir == null ? null : searchPart();
        if (sp != null) {
            sp.startIndexing(Path.of(dir), null, c.caseNo());
        }
    }

    private void searchMaterials() {
        CaseView c = selected();
        SearchPart sp = c == null ? null : searchPart();
        if (sp != null) {
            sp.showQuery("case:" + c.caseNo());
        }
    }
}
