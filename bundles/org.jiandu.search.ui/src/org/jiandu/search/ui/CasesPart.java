package org.jiandu.search.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.OrgService;
import org.jiandu.core.office.ImportReport;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseView;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Cases (案件): the list in the user's scope with a filter and a status choice; new and edit by form; import from
 * XLSX with every bad row named; indexing and searching a case's materials.
 */
public class CasesPart {

    public static final String ID = "org.jiandu.search.ui.part.cases";
    public static final String TABLE = "jiandu.cases.table", FILTER = "jiandu.cases.filter", COUNT = "jiandu.cases.count";
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

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(8, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        filter.setData("name", FILTER);
        filter.setMessage(Messages.cases_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> refresh());
        status = new Combo(top, SWT.READ_ONLY);
        status.add(Messages.status_any);
        for (CaseStatus s : CaseStatus.values()) {
            status.add(label(s));
        }
        status.select(0);
        status.addListener(SWT.Selection, e -> refresh());
        boolean canEdit = canEdit();
        button(top, Messages.case_new, canEdit, this::newCase);
        button(top, Messages.case_edit, canEdit, () -> {
            if (selected() != null) {
                edit(selected());
            }
        });
        button(top, Messages.case_import, canEdit, this::importFile);
        button(top, Messages.case_index, true, this::indexMaterials);
        button(top, Messages.case_search, true, this::searchMaterials);
        count = new Label(top, SWT.NONE);
        count.setData("name", COUNT);
        count.setLayoutData(new GridData(90, SWT.DEFAULT));

        table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setData("name", TABLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
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

    private static void button(Composite parent, String text, boolean enabled, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setEnabled(enabled);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private CaseView selected() {
        return table.getStructuredSelection().getFirstElement() instanceof CaseView c ? c : null;
    }

    /** Whether the user's role may add, edit and import cases: the buttons and the commands ask the same. */
    boolean canEdit() {
        return session.subject().role().canEdit();
    }

    void refresh() {
        CaseStatus s = status.getSelectionIndex() <= 0 ? null : CaseStatus.values()[status.getSelectionIndex() - 1];
        try {
            List<CaseView> list = cases.list(session.subject(), filter.getText(), s, MAX);
            table.setInput(list);
            count.setText(NLS.bind(Messages.cases_count, list.size()));
        } catch (RuntimeException e) {
            Dialogs.error(table.getTable().getShell(), Messages.module_cases, NLS.bind(Messages.error, e.getMessage()));
        }
    }

    /** Opens the case form: a new case when {@code c} is null. */
    private void edit(CaseView c) {
        CaseDialog d = new CaseDialog(table.getTable().getShell(), cases, session, orgs, c);
        if (d.open() == CaseDialog.OK) {
            refresh();
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(d.saved()), true);
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
