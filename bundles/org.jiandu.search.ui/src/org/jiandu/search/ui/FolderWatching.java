package org.jiandu.search.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchService;
import org.jiandu.ui.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the logged-in user's watched archive folders indexed for as long as the workbench runs (from login, when
 * the session service appears, to shutdown), whether or not the search screen is open. The screen listens here.
 */
@Component(service = FolderWatching.class, immediate = true)
public class FolderWatching {

    private static final Logger LOG = Logger.getLogger(FolderWatching.class.getName());

    @Reference
    Session session;

    @Reference
    SearchService search;

    private final List<Consumer<IndexReport>> listeners = new CopyOnWriteArrayList<>();
    private AutoCloseable watcher;
    private boolean stopped;

    @Activate
    void activate() {
        // off the thread that registered the session (the UI thread, before the window opens): the first use of
        // the module's tables checks their schema, which need not delay the workbench
        Thread t = new Thread(this::start, "jiandu-watch-start");
        t.setDaemon(true);
        t.start();
    }

    private synchronized void start() {
        if (!session.subject().role().canReadCaseMaterial() || stopped) {
            return;
        }
        try {
            watcher = search.watch(session.subject(), r -> listeners.forEach(l -> l.accept(r)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "watched archive folders will not update by themselves: " + e.getMessage());
        }
    }

    @Deactivate
    synchronized void deactivate() throws Exception {
        stopped = true;
        close();
    }

    private synchronized void close() throws Exception {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Called (on the watcher's thread) with the report of each automatic re-index. */
    public void addListener(Consumer<IndexReport> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<IndexReport> listener) {
        listeners.remove(listener);
    }

    /** Restarts watching, after the set of watched folders changed. */
    public synchronized void restart() throws Exception {
        close();
        start();
    }
}
