package org.jiandu.training.ui;

import org.jiandu.core.security.Subject;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the training screen in the module navigator. */
@Component(service = WorkbenchModule.class)
public class TrainingModule implements WorkbenchModule {

    /** The module's menu in fragment.e4xmi. */
    static final String MENU = "org.jiandu.training.ui.menu";

    @Override
    public String id() {
        return "training";
    }

    @Override
    public String label() {
        return Messages.module_label;
    }

    @Override
    public String partId() {
        return TrainingPart.ID;
    }

    /**
     * Every role may use the module: each reads the training records of its own scope (a trainer those of the sessions
     * it runs, an investigator or a read-only user without changing them), and the service decides the rest. What a
     * role may not do is disabled on the screens ({@link org.jiandu.training.TrainingRoles}), not hidden with the module.
     */
    @Override
    public boolean availableTo(Subject subject) {
        return true;
    }

    @Override
    public String menuId() {
        return MENU;
    }

    @Override
    public int order() {
        return 20;
    }
}
