package org.jiandu.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog that opens at the size it asks for or the screen's, whichever is smaller (every screen usable
 * at 1024×768), with one button, OK in the UI language, for dialogs that show rather than ask.
 */
public abstract class ScreenDialog extends Dialog {

    private final String title;
    private final int width;
    private final int height;

    protected ScreenDialog(Shell parent, String title, int width, int height) {
        super(parent);
        this.title = title;
        this.width = width;
        this.height = height;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Point getInitialSize() {
        return fitted(new Point(width, height));
    }

    /** {@code size}, but no larger than the screen (every dialog usable at 1024×768). */
    protected Point fitted(Point size) {
        Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(size.x, screen.width - 40), Math.min(size.y, screen.height - 60));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ok, true);
    }
}
