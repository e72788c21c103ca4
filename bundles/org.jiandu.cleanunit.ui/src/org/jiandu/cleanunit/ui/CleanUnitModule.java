package org.jiandu.cleanunit.ui;

import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the clean-unit creation screen in the module navigator. */
@Component(service = WorkbenchModule.class)
public class CleanUnitModule implements WorkbenchModule {

    @Override
    public String id() {
        return "cleanunit";
    }

    @Override
    public String label() {
        return Messages.module_label;
    }

    @Override
    public String partId() {
        return CleanUnitPart.ID;
    }

    @Override
    public int order() {
        return 40;
    }
}
