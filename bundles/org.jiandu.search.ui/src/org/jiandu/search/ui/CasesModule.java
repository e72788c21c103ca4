package org.jiandu.search.ui;

import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the cases screen of the search module in the module navigator. */
@Component(service = WorkbenchModule.class)
public class CasesModule implements CaseMaterialModule {

    @Override
    public String id() {
        return "search.cases";
    }

    @Override
    public String label() {
        return Messages.module_cases;
    }

    @Override
    public String partId() {
        return CasesPart.ID;
    }

    @Override
    public int order() {
        return 11;
    }
}
