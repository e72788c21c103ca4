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

    /** Every role reads clean units (the service limits each step); the menu goes with the module in a build without it. */
    @Override
    public String menuId() {
        return "org.jiandu.cleanunit.ui.menu";
    }

    @Override
    public int order() {
        return 40;
    }
}
