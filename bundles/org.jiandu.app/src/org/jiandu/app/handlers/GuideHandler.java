package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.guide.Guides;
import org.jiandu.ui.Session;

/** Help → 使用说明 (F1): the user guides for what this user may use. */
public class GuideHandler {

    @Execute
    void execute(Shell shell, Session session) {
        Guides.open(shell, session);
    }
}
