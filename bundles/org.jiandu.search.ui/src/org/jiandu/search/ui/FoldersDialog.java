package org.jiandu.search.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.search.ArchiveFolderView;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Tables;
import org.jiandu.ui.UserMessage;

/** The indexed archive folders in the user's scope; checking one makes it update by itself while the workbench runs. */
final class FoldersDialog extends Dialog {

    static final String TABLE = "jiandu.search.folders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final SearchService search;
    private final Session session;
    private final OrgService orgs;
    private final FolderWatching watching;
    private final Consumer<ArchiveFolderView> indexAgain;
    private CheckboxTableViewer viewer;

    /** {@code indexAgain} runs when the user asks to index the selected folder again (after the dialog closes). */
    FoldersDialog(Shell parent, SearchService search, Session session, OrgService orgs, FolderWatching watching,
            Consumer<ArchiveFolderView> indexAgain) {
        super(parent);
        this.indexAgain = indexAgain;
        this.search = search;
        this.session = session;
        this.orgs = orgs;
        this.watching = watching;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.folders.replace("…", ""));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label l = new Label(area, SWT.WRAP);
        l.setText(Messages.folders_title);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setData("name", TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 820;
        gd.heightHint = 300;
        viewer.getTable().setLayoutData(gd);
        viewer.getTable().setData("jiandu.title", Messages.folders);
        Tables.standard(viewer);
        Tables.column(viewer, ArchiveFolderView.class, Messages.col_folder, 290, ArchiveFolderView::path);
        Tables.column(viewer, ArchiveFolderView.class, Messages.col_org, 150,
                f -> orgs.find(session.subject(), f.orgCode()).map(OrgNodeView::name).orElse(f.orgCode()));
        Tables.column(viewer, ArchiveFolderView.class, Messages.col_case, 120, f -> f.caseNo() == null ? "" : f.caseNo());
        Tables.column(viewer, ArchiveFolderView.class, Messages.col_last, 140,
                f -> f.lastIndexed() == null ? "" : WHEN.format(f.lastIndexed()));
        Tables.column(viewer, ArchiveFolderView.class, Messages.col_older, 110,
                f -> f.olderFormatUnits() == 0 ? "" : String.valueOf(f.olderFormatUnits()));
        List<ArchiveFolderView> folders = search.folders(session.subject());
        viewer.setInput(folders);
        viewer.setCheckedElements(folders.stream().filter(ArchiveFolderView::watched).toArray());
        viewer.addCheckStateListener(e -> {
            ArchiveFolderView f = (ArchiveFolderView) e.getElement();
            try {
                search.setWatched(session.subject(), Path.of(f.path()), e.getChecked());
                watching.restart();
            } catch (Exception ex) {
                viewer.setChecked(f, !e.getChecked());
                Dialogs.error(getShell(), Messages.folders, UserMessage.of(ex));
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button again = createButton(parent, IDialogConstants.CLIENT_ID, Messages.reindex_folder, false);
        again.setEnabled(false);
        viewer.addSelectionChangedListener(e -> again.setEnabled(!e.getSelection().isEmpty()));
        createButton(parent, IDialogConstants.OK_ID, Messages.close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLIENT_ID) {
            ArchiveFolderView f = (ArchiveFolderView) viewer.getStructuredSelection().getFirstElement();
            close();
            if (f != null) {
                indexAgain.accept(f);
            }
            return;
        }
        super.buttonPressed(id);
    }
}
