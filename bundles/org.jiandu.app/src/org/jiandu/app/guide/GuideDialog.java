package org.jiandu.app.guide;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;

/** Help → 使用说明: the guides of the workbench and of the modules the user's role may use, one page at a time. */
public final class GuideDialog extends Dialog {

    public static final String LIST = "jiandu.guide.list";
    public static final String PAGE = "jiandu.guide.page";

    private final List<Guide> guides;
    private ScrolledComposite scroll;

    GuideDialog(Shell parent, List<Guide> guides) {
        super(parent);
        this.guides = guides;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.guide_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(900, screen.width - 40), Math.min(700, screen.height - 60));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.setData("name", LIST);
        for (Guide g : guides) {
            list.add(g.title());
        }
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        sash.setWeights(25, 75);
        list.addListener(SWT.Selection, e -> show(list.getSelectionIndex()));
        if (!guides.isEmpty()) {
            list.select(0);
            show(0);
        }
        return area;
    }

    private void show(int index) {
        if (index < 0 || index >= guides.size()) {
            return;
        }
        if (scroll.getContent() != null) {
            scroll.getContent().dispose();
        }
        Composite page = new Composite(scroll, SWT.NONE);
        page.setData("name", PAGE);
        Guide g = guides.get(index);
        GuidePage.render(page, g.text(), g.base());
        scroll.setContent(page);
        scroll.setMinSize(page.computeSize(GuidePage.IMAGE_WIDTH + 40, SWT.DEFAULT));
        scroll.setOrigin(0, 0);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, org.jiandu.ui.Messages.ok, true);
    }
}
