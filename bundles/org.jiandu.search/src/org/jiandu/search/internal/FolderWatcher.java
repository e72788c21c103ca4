package org.jiandu.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.jiandu.core.Progress;
import org.jiandu.core.security.Subject;
import org.jiandu.search.ArchiveFolderView;
import org.jiandu.search.IndexReport;
import org.jiandu.search.SearchService;

/**
 * Re-indexes watched archive folders while the workbench runs: every directory below a watched folder is
 * registered with the file system's watch service; a folder with changes is re-indexed (incrementally, with its
 * recorded organisation and case) once it has been quiet for {@link #QUIET_MILLIS}. Each watched folder is also
 * brought up to date once at the start, for what changed while the workbench was closed.
 */
final class FolderWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(FolderWatcher.class.getName());

    private final SearchService search;
    private final Subject subject;
    private final Consumer<IndexReport> listener;
    private final Map<WatchKey, ArchiveFolderView> keys = new HashMap<>();
    /** Watched folder → time of its latest change not yet indexed (0: catch up with changes made while closed). */
    private final Map<String, Long> dirty = new HashMap<>();
    private final Map<String, ArchiveFolderView> folders = new HashMap<>();
    private WatchService service;
    private Thread thread;
    private volatile boolean closed;

    FolderWatcher(SearchService search, Subject subject, Consumer<IndexReport> listener) {
        this.search = search;
        this.subject = subject;
        this.listener = listener;
    }

    FolderWatcher start() {
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch folders: " + e.getMessage(), e);
        }
        register();
        folders.keySet().forEach(p -> dirty.put(p, 0L));
        thread = new Thread(this::run, "jiandu-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** (Re)registers every directory below each watched folder; new subdirectories are picked up after a run. */
    private void register() {
        for (ArchiveFolderView f : search.folders(subject)) {
            if (!f.watched()) {
                continue;
            }
            folders.put(f.path(), f);
            try (Stream<Path> dirs = Files.walk(Path.of(f.path()))) {
                for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                    keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY), f);
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.log(Level.WARNING, "cannot watch " + f.path() + ": " + e.getMessage());
            }
        }
    }

    private void run() {
        while (!closed) {
            try {
                WatchKey key = service.poll(250, TimeUnit.MILLISECONDS);
                if (key != null) {
                    ArchiveFolderView f = keys.get(key);
                    key.pollEvents();
                    if (f != null) {
                        dirty.put(f.path(), System.currentTimeMillis());
                    }
                    if (!key.reset()) {
                        keys.remove(key);
                    }
                }
                long now = System.currentTimeMillis();
                for (String path : List.copyOf(dirty.keySet())) {
                    ArchiveFolderView f = folders.get(path);
                    if (now - dirty.get(path) >= QUIET_MILLIS && !closed && f != null) {
                        dirty.remove(path);
                        IndexReport r = search.index(subject, List.of(Path.of(f.path())), f.orgCode(), f.caseNo(), new Progress() {
                            @Override
                            public void worked(int done, int total, String current) {
                            }

                            @Override
                            public boolean isCancelled() {
                                return closed;
                            }
                        });
                        register();
                        listener.accept(r);
                    }
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "re-indexing a watched folder failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
