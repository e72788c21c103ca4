package org.jiandu.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * For the startup benchmark: when {@code -Djiandu.startupMarker=FILE} is set, writes the wall-clock time at which
 * the workbench finished starting (its window is shown and usable) to FILE. Does nothing otherwise.
 */
public class StartupMarkerAddon {

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        String file = System.getProperty("jiandu.startupMarker");
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), Long.toString(System.currentTimeMillis()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("jiandu: cannot write the startup marker " + file + ": " + e.getMessage());
        }
    }
}
