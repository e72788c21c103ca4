package org.jiandu.patrol.ui;

import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the patrol screen in the module navigator. */
@Component(service = WorkbenchModule.class)
public class PatrolModule implements WorkbenchModule {

    @Override
    public String id() {
        return "patrol";
    }

    @Override
    public String label() {
        return Messages.module_label;
    }

    @Override
    public String partId() {
        return PatrolPart.ID;
    }

    @Override
    public int order() {
        return 30;
    }
}
