package org.jiandu.search.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.Rank;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseValidationException;
import org.jiandu.search.CaseView;
import org.jiandu.ui.DateField;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;

/** The form of one case; what the service refuses is listed in the form, which stays open to be corrected. */
final class CaseDialog extends Dialog {

    /** The six disciplines, offered as categories; any other text is allowed. */
    private static final String[] CATEGORIES = { "违反政治纪律", "违反组织纪律", "违反廉洁纪律", "违反群众纪律", "违反工作纪律",
            "违反生活纪律" };

    private final CaseService cases;
    private final Session session;
    private final OrgService orgs;
    private final CaseView original;
    private final List<OrgNodeView> townships = new ArrayList<>();
    private Text no, subject;
    private DateField filed, closed;
    private Combo rank, township, category, form, status;
    private Label problems;
    private CaseView saved;

    CaseDialog(Shell parent, CaseService cases, Session session, OrgService orgs, CaseView original) {
        super(parent);
        this.cases = cases;
        this.session = session;
        this.orgs = orgs;
        this.original = original;
    }

    CaseView saved() {
        return saved;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.case_title + (original == null ? "" : " " + original.caseNo()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form0 = new Composite(area, SWT.NONE);
        form0.setLayout(new GridLayout(2, false));
        form0.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        no = text(form0, Messages.col_case_no, original == null ? "" : original.caseNo());
        subject = text(form0, Messages.col_subject, original == null ? "" : original.subjectName());
        rank = combo(form0, Messages.col_rank, SWT.READ_ONLY);
        for (Rank r : Rank.values()) {
            rank.add(Labels.of(r));
        }
        rank.select(original == null ? Rank.VILLAGE.ordinal() : original.rank().ordinal());
        township = combo(form0, Messages.col_township, SWT.READ_ONLY);
        townships.addAll(townships());
        for (OrgNodeView o : townships) {
            township.add(o.name());
            if (original != null && o.code().equals(original.townshipCode())) {
                township.select(township.getItemCount() - 1);
            }
        }
        if (township.getSelectionIndex() < 0) {
            township.select(townships.size() > 1 ? 1 : 0);
        }
        category = combo(form0, Messages.col_category, SWT.DROP_DOWN);
        category.setItems(CATEGORIES);
        category.setText(original == null ? CATEGORIES[2] : original.category());
        form = combo(form0, Messages.col_form, SWT.READ_ONLY);
        form.add(Messages.case_undecided);
        for (DisciplineForm f : DisciplineForm.values()) {
            form.add(CasesPart.formLabel(f));
        }
        form.select(original == null || original.form() == null ? 0 : original.form().number());
        new Label(form0, SWT.NONE).setText(Messages.col_filed);
        filed = new DateField(form0, "jiandu.case.filed");
        filed.setDate(original == null ? LocalDate.now() : original.filedOn());
        new Label(form0, SWT.NONE).setText(Messages.col_closed);
        closed = new DateField(form0, "jiandu.case.closed");
        closed.setDate(original == null ? null : original.closedOn());
        status = combo(form0, Messages.col_status, SWT.READ_ONLY);
        for (CaseStatus s : CaseStatus.values()) {
            status.add(CasesPart.label(s));
        }
        status.select(original == null ? 0 : original.status().ordinal());
        problems = new Label(area, SWT.WRAP);
        problems.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData pd = new GridData(SWT.FILL, SWT.TOP, true, false);
        pd.widthHint = 460;
        problems.setLayoutData(pd);
        return area;
    }

    /** The townships to choose from, and the organisation a case already has, to keep it. */
    private List<OrgNodeView> townships() {
        List<OrgNodeView> out = new ArrayList<>(Townships.of(orgs, session.subject()));
        if (original != null && out.stream().noneMatch(o -> o.code().equals(original.townshipCode()))) {
            orgs.find(session.subject(), original.townshipCode()).ifPresent(out::add);
        }
        return out;
    }

    private static Text text(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 280;
        t.setLayoutData(gd);
        return t;
    }

    private static Combo combo(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, style);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.OK_ID, org.jiandu.ui.Messages.ok, true);
        createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID, org.jiandu.ui.Messages.cancel, false);
    }

    @Override
    protected void okPressed() {
        List<String> bad = new ArrayList<>();
        LocalDate filedOn = date(filed, Messages.col_filed, bad);
        LocalDate closedOn = date(closed, Messages.col_closed, bad);
        if (!bad.isEmpty()) {
            show(bad);
            return;
        }
        CaseView draft = new CaseView(original == null ? 0 : original.id(), original == null ? 0 : original.version(),
                no.getText(), subject.getText(), Rank.values()[rank.getSelectionIndex()],
                townships.get(township.getSelectionIndex()).code(), null, category.getText(),
                form.getSelectionIndex() <= 0 ? null : DisciplineForm.values()[form.getSelectionIndex() - 1], filedOn,
                closedOn, CaseStatus.values()[status.getSelectionIndex()]);
        try {
            saved = cases.save(session.subject(), draft);
            super.okPressed();
        } catch (CaseValidationException e) {
            show(e.problems());
        } catch (StaleDataException | org.jiandu.core.security.AccessDeniedException e) {
            show(List.of(e.getMessage()));
        }
    }

    private void show(List<String> list) {
        problems.setText(Messages.case_not_saved + "\n" + String.join("\n", list));
        getShell().layout(true, true);
        getShell().setSize(getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static LocalDate date(DateField f, String label, List<String> bad) {
        try {
            return f.date();
        } catch (IllegalArgumentException e) {
            bad.add(label + ": " + e.getMessage());
            return null;
        }
    }
}
