package org.jiandu.search.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.core.OrgNodeView;
import org.jiandu.search.CaseView;
import org.jiandu.ui.NamePicker;

/**
 * Asks whom a folder's documents belong to before it is indexed: a township (the facet and the scope of who may
 * find them) and, optionally, a case, whose township then applies. Without this every document landed on the county.
 */
final class IndexTargetDialog extends Dialog {

    private final Path folder;
    private final List<OrgNodeView> townships;
    private final List<CaseView> cases;
    private final String preselected;
    private Combo township;
    private NamePicker caseField;
    private String orgCode, caseNo;

    /** {@code preselected}: the organisation chosen in the jurisdiction tree, or null. */
    IndexTargetDialog(Shell parent, Path folder, List<OrgNodeView> townships, List<CaseView> cases, String preselected) {
        super(parent);
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
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.index_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label what = new Label(form, SWT.WRAP);
        what.setText(NLS.bind(Messages.index_target_hint, folder));
        GridData wd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wd.widthHint = 440;
        what.setLayoutData(wd);
        new Label(form, SWT.NONE).setText(Messages.index_target_org);
        township = new Combo(form, SWT.READ_ONLY);
        township.setData("name", "jiandu.index.township");
        township.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.index_start, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
    }

    @Override
    protected void okPressed() {
        NamePicker.Choice c = caseField.chosen();
        caseNo = c == null ? null : c.id();
        orgCode = caseNo != null ? null : townships.get(township.getSelectionIndex()).code();
        super.okPressed();
    }
}
