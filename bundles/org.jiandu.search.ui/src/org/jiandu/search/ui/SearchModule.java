package org.jiandu.search.ui;

import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the search module in the workbench's module navigator. */
@Component(service = WorkbenchModule.class)
public class SearchModule implements CaseMaterialModule {

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
}
