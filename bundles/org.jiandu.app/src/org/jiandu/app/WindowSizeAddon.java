package org.jiandu.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.persistence.OwnerOnly;
import org.jiandu.ui.Session;

import jakarta.annotation.PostConstruct;

/**
 * The first window fits the screen it opens on (a 1024×768 screen gets a window that fits, centred), and the window
 * opens next time at the size and state it was closed with, kept in {@code window.properties} of the data directory.
 */
public class WindowSizeAddon {

    static final String FILE = "window.properties";
    private static final Logger LOG = Logger.getLogger(WindowSizeAddon.class.getName());

    private MWindow window;
    private Path file;

    @PostConstruct
    void size(Session session, MApplication app) {
        if (app.getChildren().isEmpty()) {
            return;
        }
        window = app.getChildren().get(0);
        file = session.dataDir().resolve(FILE);
        Properties saved = load(file);
        Rectangle area = Display.getCurrent().getPrimaryMonitor().getClientArea();
        int width = Math.min(intOf(saved, "width", window.getWidth()), area.width);
        int height = Math.min(intOf(saved, "height", window.getHeight()), area.height);
        window.setWidth(Math.max(width, Math.min(640, area.width)));
        window.setHeight(Math.max(height, Math.min(480, area.height)));
        window.setX(area.x + (area.width - window.getWidth()) / 2);
        window.setY(area.y + (area.height - window.getHeight()) / 2);
        if (Boolean.parseBoolean(saved.getProperty("maximized"))) {
            window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
        }
        // the window exists after the first turn of the event loop; its size is kept as it goes
        Display.getCurrent().asyncExec(() -> {
            if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                shell.addListener(SWT.Dispose, e -> remember(shell));
            }
        });
    }

    private void remember(Shell shell) {
        Properties p = new Properties();
        boolean maximized = shell.getMaximized();
        p.setProperty("width", Integer.toString(maximized ? window.getWidth() : shell.getSize().x));
        p.setProperty("height", Integer.toString(maximized ? window.getHeight() : shell.getSize().y));
        p.setProperty("maximized", Boolean.toString(maximized));
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, OwnerOnly.fileAttributes());
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "window size not kept", e);
            return;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "size of the workbench window when it was last closed");
        } catch (IOException e) {
            LOG.log(Level.FINE, "window size not kept", e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.FINE, "window size not read", e);
            }
        }
        return p;
    }

    private static int intOf(Properties p, String key, int fallback) {
        try {
            int v = Integer.parseInt(p.getProperty(key, ""));
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
