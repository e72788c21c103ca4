package org.jiandu.tasks.ui;

import org.jiandu.core.security.Subject;
import org.jiandu.tasks.TaskRights;
import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the supervision tasks screen in the module navigator, for the roles that read tasks. */
@Component(service = WorkbenchModule.class)
public class TasksModule implements WorkbenchModule {

    @Override
    public String id() {
        return "tasks";
    }

    @Override
    public String label() {
        return Messages.module_label;
    }

    @Override
    public String partId() {
        return TasksPart.ID;
    }

    @Override
    public boolean availableTo(Subject subject) {
        return TaskRights.reads(subject.role());
    }

    @Override
    public String menuId() {
        return "org.jiandu.tasks.ui.menu";
    }

    @Override
    public int order() {
        return 50;
    }
}
