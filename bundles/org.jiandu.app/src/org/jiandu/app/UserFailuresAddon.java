package org.jiandu.app;

import org.eclipse.e4.core.services.statusreporter.StatusReporter;
import org.eclipse.e4.ui.model.application.MApplication;

import jakarta.annotation.PostConstruct;

/** No exception reaches a user: installs {@link UserStatusReporter} where the workbench looks for its reporter. */
public class UserFailuresAddon {

    @PostConstruct
    void install(MApplication app) {
        app.getContext().set(StatusReporter.class, new UserStatusReporter());
    }
}
