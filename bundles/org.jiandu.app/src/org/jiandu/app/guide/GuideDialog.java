package org.jiandu.app.guide;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;
import org.jiandu.ui.ScreenDialog;

/** Help → 使用说明: the guides of the workbench and of the modules the user's role may use, one page at a time. */
public final class GuideDialog extends ScreenDialog {

    public static final String LIST = "jiandu.guide.list";
    public static final String PAGE = "jiandu.guide.page";

    private final List<Guide> guides;
    private ScrolledComposite scroll;

    GuideDialog(Shell parent, List<Guide> guides) {
        super(parent, Messages.guide_title, 900, 700);
        this.guides = guides;
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
}
