package org.jiandu.search.ui;

import org.jiandu.core.security.Subject;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the search module in the workbench's module navigator. */
@Component(service = WorkbenchModule.class)
public class SearchModule implements WorkbenchModule {

    /** The module's menu in the main menu bar (fragment.e4xmi): hidden, with the three screens, from other roles. */
    static final String MENU = "org.jiandu.search.ui.menu";

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String label() {
        return Messages.module_label;
    }

    @Override
    public String partId() {
        return SearchPart.ID;
    }

    @Override
    public int order() {
        return 10;
    }

    /** Case materials are for the roles that may read them: a trainer or a read-only user does not see the module. */
    @Override
    public boolean availableTo(Subject subject) {
        return subject.role().canReadCaseMaterial();
    }

    @Override
    public String menuId() {
        return SearchModule.MENU;
    }
}
