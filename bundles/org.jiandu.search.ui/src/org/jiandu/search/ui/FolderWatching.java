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
 * Keeps the logged-in user's watched archive folders indexed for as long as the workbench runs (from a few seconds
 * after login, when the session service appears, to shutdown), whether or not the search screen is open. The screen
 * listens here.
 */
@Component(service = FolderWatching.class, immediate = true)
public class FolderWatching {

    private static final Logger LOG = Logger.getLogger(FolderWatching.class.getName());

    @Reference
    Session session;

    @Reference
    SearchService search;

    private final List<Consumer<IndexReport>> listeners = new CopyOnWriteArrayList<>();
    /** How long after the session the folders start to be watched. */
    static final long START_DELAY_MS = 3_000;

    private AutoCloseable watcher;
    private Thread starter;
    private boolean stopped;

    @Activate
    void activate() {
        // off the thread that registered the session (the UI thread, before the window opens), and a few seconds
        // later: the first watch opens the module's tables and the index and reads the watched folders again, which
        // on two cores took the processor from the first screen
        starter = new Thread(this::startLater, "jiandu-watch-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startLater() {
        try {
            Thread.sleep(START_DELAY_MS);
        } catch (InterruptedException e) {
            return; // the workbench closed first
        }
        start();
    }

    private synchronized void start() {
        if (!session.subject().role().canReadCaseMaterial() || stopped || watcher != null) {
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
        if (starter != null) {
            starter.interrupt();
        }
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
