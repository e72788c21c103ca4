package org.jiandu.search.ui;

import org.jiandu.core.security.Subject;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the clearance-check screen of the search module in the module navigator. */
@Component(service = WorkbenchModule.class)
public class BatchSearchModule implements WorkbenchModule {

    @Override
    public String id() {
        return "search.batch";
    }

    @Override
    public String label() {
        return Messages.module_batch;
    }

    @Override
    public String partId() {
        return BatchSearchPart.ID;
    }

    @Override
    public int order() {
        return 12;
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
