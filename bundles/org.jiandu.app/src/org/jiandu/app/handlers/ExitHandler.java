package org.jiandu.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

public class ExitHandler {
    @Execute
    void execute(IWorkbench workbench) {
        workbench.close();
    }
}
