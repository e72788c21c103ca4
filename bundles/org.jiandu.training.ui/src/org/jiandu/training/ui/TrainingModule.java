package org.jiandu.training.ui;

import org.jiandu.ui.WorkbenchModule;
import org.osgi.service.component.annotations.Component;

/** Lists the training screen in the module navigator. */
@Component(service = WorkbenchModule.class)
public class TrainingModule implements WorkbenchModule {

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

    @Override
    public int order() {
        return 20;
    }
}
