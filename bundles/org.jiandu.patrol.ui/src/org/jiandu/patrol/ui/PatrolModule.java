package org.jiandu.patrol.ui;

import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolRights;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the patrol screen in the module navigator, for the roles that read plans, a schedule or the ledger. */
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

    /** A trainer has nothing to read here: no plan, schedule or ledger (the service refuses the same). */
    @Override
    public boolean availableTo(Subject subject) {
        return PatrolRights.plans(subject.role()) || PatrolRights.readsSchedule(subject.role())
                || PatrolRights.readsLedger(subject.role());
    }

    @Override
    public String menuId() {
        return "org.jiandu.patrol.ui.menu";
    }

    @Override
    public int order() {
        return 30;
    }
}
