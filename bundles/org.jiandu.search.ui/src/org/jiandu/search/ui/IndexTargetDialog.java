package org.jiandu.search.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.core.OrgNodeView;
import org.jiandu.search.CaseView;
import org.jiandu.ui.FormDialog;
import org.jiandu.ui.NamePicker;

/**
 * Asks whom a folder's documents belong to before it is indexed: a township (the facet and the scope of who may
 * find them) and, optionally, a case, whose township then applies. Without this every document landed on the county.
 */
final class IndexTargetDialog extends FormDialog {

    private final Path folder;
    private final List<OrgNodeView> townships;
    private final List<CaseView> cases;
    private final String preselected;
    private Combo township;
    private NamePicker caseField;
    private String orgCode, caseNo;

    /** {@code preselected}: the organisation chosen in the jurisdiction tree, or null. */
    IndexTargetDialog(Shell parent, Path folder, List<OrgNodeView> townships, List<CaseView> cases, String preselected) {
        super(parent, Messages.index_title, Messages.index_start);
        this.folder = folder;
        this.townships = townships;
        this.cases = cases;
        this.preselected = preselected;
    }

    /** The organisation chosen, or null when a case was chosen (its township applies). */
    String orgCode() {
        return orgCode;
    }

    /** The case chosen, or null. */
    String caseNo() {
        return caseNo;
    }

    @Override
    protected void build(Composite form) {
        note(form, NLS.bind(Messages.index_target_hint, folder));
        township = combo(form, Messages.index_target_org, SWT.READ_ONLY, "jiandu.index.township");
        for (OrgNodeView o : townships) {
            township.add(o.name());
            if (o.code().equals(preselected)) {
                township.select(township.getItemCount() - 1);
            }
        }
        if (township.getSelectionIndex() < 0) {
            township.select(0);
        }
        new Label(form, SWT.NONE).setText(Messages.index_target_case);
        caseField = new NamePicker(form, "jiandu.index.case", Messages.index_target_case_hint);
        caseField.setChoices(cases.stream().map(c -> new NamePicker.Choice(c.caseNo(), c.caseNo(),
                c.subjectName() + " · " + c.townshipName())).toList());
        caseField.onChoose(c -> cases.stream().filter(k -> k.caseNo().equals(c.id())).findFirst().ifPresent(k -> {
            for (int i = 0; i < townships.size(); i++) {
                if (townships.get(i).code().equals(k.townshipCode())) {
                    township.select(i); // a case's documents belong to its township
                }
            }
        }));
    }

    @Override
    protected void save() {
        NamePicker.Choice c = caseField.chosen();
        caseNo = c == null ? null : c.id();
        orgCode = caseNo != null ? null : townships.get(township.getSelectionIndex()).code();
    }
}
