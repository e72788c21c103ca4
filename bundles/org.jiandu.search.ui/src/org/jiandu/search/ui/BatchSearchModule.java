package org.jiandu.search.ui;

import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the clearance-check screen of the search module in the module navigator. */
@Component(service = WorkbenchModule.class)
public class BatchSearchModule implements CaseMaterialModule {

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
}
