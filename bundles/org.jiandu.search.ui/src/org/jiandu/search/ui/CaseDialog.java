package org.jiandu.search.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
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
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;

/** The form of one case; what the service refuses is listed in the form, which stays open to be corrected. */
final class CaseDialog extends FormDialog {

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
    private CaseView saved;

    CaseDialog(Shell parent, CaseService cases, Session session, OrgService orgs, CaseView original) {
        super(parent, Messages.case_title + (original == null ? "" : " " + original.caseNo()));
        this.cases = cases;
        this.session = session;
        this.orgs = orgs;
        this.original = original;
    }

    CaseView saved() {
        return saved;
    }

    @Override
    protected void build(Composite form0) {
        no = text(form0, Messages.col_case_no, original == null ? "" : original.caseNo(), "jiandu.case.no");
        subject = text(form0, Messages.col_subject, original == null ? "" : original.subjectName(), "jiandu.case.subject");
        rank = combo(form0, Messages.col_rank, SWT.READ_ONLY, "jiandu.case.rank");
        for (Rank r : Rank.values()) {
            rank.add(Labels.of(r));
        }
        rank.select(original == null ? Rank.VILLAGE.ordinal() : original.rank().ordinal());
        township = combo(form0, Messages.col_township, SWT.READ_ONLY, "jiandu.case.township");
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
        category = combo(form0, Messages.col_category, SWT.DROP_DOWN, "jiandu.case.category");
        category.setItems(CATEGORIES);
        category.setText(original == null ? CATEGORIES[2] : original.category());
        form = combo(form0, Messages.col_form, SWT.READ_ONLY, "jiandu.case.form");
        form.add(Messages.case_undecided);
        for (DisciplineForm f : DisciplineForm.values()) {
            form.add(CasesPart.formLabel(f));
        }
        form.select(original == null || original.form() == null ? 0 : original.form().number());
        filed = dateField(form0, Messages.col_filed, original == null ? LocalDate.now() : original.filedOn(), "jiandu.case.filed");
        closed = dateField(form0, Messages.col_closed, original == null ? null : original.closedOn(), "jiandu.case.closed");
        status = combo(form0, Messages.col_status, SWT.READ_ONLY, "jiandu.case.status");
        for (CaseStatus s : CaseStatus.values()) {
            status.add(CasesPart.label(s));
        }
        status.select(original == null ? 0 : original.status().ordinal());
    }

    /** The townships to choose from, and the organisation a case already has, to keep it. */
    private List<OrgNodeView> townships() {
        List<OrgNodeView> out = new ArrayList<>(Townships.of(orgs, session.subject()));
        if (original != null && out.stream().noneMatch(o -> o.code().equals(original.townshipCode()))) {
            orgs.find(session.subject(), original.townshipCode()).ifPresent(out::add);
        }
        return out;
    }

    @Override
    protected void save() {
        List<String> bad = new ArrayList<>();
        LocalDate filedOn = date(filed, Messages.col_filed, bad);
        LocalDate closedOn = date(closed, Messages.col_closed, bad);
        if (!bad.isEmpty()) {
            throw new CaseValidationException(bad);
        }
        CaseView draft = new CaseView(original == null ? 0 : original.id(), original == null ? 0 : original.version(),
                no.getText(), subject.getText(), Rank.values()[rank.getSelectionIndex()],
                townships.get(township.getSelectionIndex()).code(), null, category.getText(),
                form.getSelectionIndex() <= 0 ? null : DisciplineForm.values()[form.getSelectionIndex() - 1], filedOn,
                closedOn, CaseStatus.values()[status.getSelectionIndex()]);
        saved = cases.save(session.subject(), draft);
    }

    /** Every problem of a refused case under "not saved", a changed-meanwhile or refusal as its sentence. */
    @Override
    protected String describe(RuntimeException refusal) {
        if (refusal instanceof CaseValidationException v) {
            return Messages.case_not_saved + "\n" + String.join("\n", v.problems());
        }
        if (refusal instanceof StaleDataException && refusal.getMessage() != null) {
            return Messages.case_not_saved + "\n" + refusal.getMessage();
        }
        return Messages.case_not_saved + "\n" + super.describe(refusal);
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
