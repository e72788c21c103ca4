package org.jiandu.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * For the startup benchmark and the archive checks: when {@code -Djiandu.startupMarker=FILE} is set, writes the
 * wall-clock time at which the workbench finished starting (its window is shown and usable) to FILE, and the ids
 * of everything its model holds (windows, parts, menus, commands, handlers, key bindings, part descriptors) to
 * FILE.model, one per line: how a check tells that a module left out of a build left no trace. Does nothing
 * otherwise.
 */
public class StartupMarkerAddon {

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication app,
            EModelService models) {
        String file = System.getProperty("jiandu.startupMarker");
        if (file == null) {
            return;
        }
        // the moment of the event, taken before the model is walked: a county's larger model must not count against it
        long usable = System.currentTimeMillis();
        try {
            Files.writeString(Path.of(file + ".model"), String.join("\n", ids(app, models)) + "\n", StandardCharsets.UTF_8);
            // written last, as the benchmark and the checks wait for this file
            Files.writeString(Path.of(file), Long.toString(usable), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("jiandu: cannot write the startup marker " + file + ": " + e.getMessage());
        }
    }

    private static TreeSet<String> ids(MApplication app, EModelService models) {
        TreeSet<String> ids = new TreeSet<>();
        List<MApplicationElement> all = models.findElements(app, null, MApplicationElement.class, null,
                EModelService.ANYWHERE | EModelService.IN_MAIN_MENU | EModelService.IN_PART | EModelService.IN_TRIM);
        all.forEach(e -> add(ids, e));
        app.getCommands().forEach(e -> add(ids, e));
        app.getHandlers().forEach(e -> add(ids, e));
        app.getDescriptors().forEach(e -> add(ids, e));
        app.getBindingTables().forEach(t -> t.getBindings().forEach(b -> {
            add(ids, b);
            if (b.getCommand() != null) {
                add(ids, b.getCommand());
            }
        }));
        return ids;
    }

    private static void add(TreeSet<String> ids, MApplicationElement e) {
        if (e.getElementId() != null && !e.getElementId().isBlank()) {
            ids.add(e.getElementId());
        }
    }
}
