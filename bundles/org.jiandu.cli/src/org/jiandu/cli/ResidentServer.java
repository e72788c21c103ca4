package org.jiandu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.jiandu.cli.client.ResidentProtocol;

/**
 * Runs {@code jiandu} commands for clients ({@link org.jiandu.cli.client.ResidentClient}) in a process that has the
 * data directory open, so that a command answers without starting Java, OSGi and the database again, and works
 * while the workbench is open.
 * <p>
 * Who may connect: the socket is in the data directory, which only the installation's OS account can enter (0700),
 * and is itself 0600. What a connection may do: exactly what the same command typed in a terminal may do, as
 * every command logs in with the user's own name and password; nothing of the workbench's session is lent to it.
 */
public final class ResidentServer implements AutoCloseable {

    /** Runs one command as {@link Cli#run} does, with the caller's streams. */
    @FunctionalInterface
    public interface Runner {
        int run(String[] args, Caller caller, PrintStream out, PrintStream err, InputStream in);
    }

    /** Commands at once; a further client is told the process is busy. */
    static final int AT_ONCE = 4;
    /** A client that has not sent its whole request by then is dropped. */
    static final long REQUEST_MILLIS = 10_000;

    private static final Logger LOG = Logger.getLogger(ResidentServer.class.getName());

    private final Path socket;
    private final ServerSocketChannel channel;
    private final Runner runner;
    private final Semaphore slots = new Semaphore(AT_ONCE);
    private final Set<ResidentSession> sessions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService deadlines;
    private final Thread acceptor;
    /** Removes the socket when the JVM ends without {@link #close} (a signal to the workbench). */
    private final Thread cleanup;
    private volatile boolean closed;

    private ResidentServer(Path socket, ServerSocketChannel channel, Runner runner) {
        this.socket = socket;
        this.channel = channel;
        this.runner = runner;
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jiandu-resident-deadlines");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::accept, "jiandu-resident");
        this.acceptor.setDaemon(true);
        this.cleanup = new Thread(this::removeSocket, "jiandu-resident-cleanup");
    }

    /**
     * Listens in {@code dataDir}, which the caller holds locked: a socket left there by a process that ended is
     * removed first, as no other process can be using this directory.
     */
    public static ResidentServer start(Path dataDir, Runner runner) throws IOException {
        Path socket = ResidentProtocol.socket(dataDir);
        Files.deleteIfExists(socket);
        ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.bind(UnixDomainSocketAddress.of(socket));
            if (Files.getFileStore(socket.getParent()).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            Files.deleteIfExists(socket);
            throw e;
        }
        ResidentServer server = new ResidentServer(socket, ch, runner);
        Runtime.getRuntime().addShutdownHook(server.cleanup);
        server.acceptor.start();
        return server;
    }

    private void accept() {
        int failures = 0;
        while (!closed) {
            SocketChannel client;
            try {
                client = channel.accept();
                failures = 0;
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // e.g. out of file handles for a moment: try again, but never leave a socket nobody answers
                if (closed || ++failures > 50) {
                    LOG.warning("resident command line stopped accepting: " + e.getClass().getSimpleName());
                    close();
                    return;
                }
                pause();
                continue;
            }
            if (!ResidentProtocol.peerIsOwnAccount(client)) {
                closeQuietly(client); // another account's process (the 0700 directory should have stopped it)
                continue;
            }
            ResidentSession session = new ResidentSession(client, runner, deadlines, REQUEST_MILLIS);
            if (!slots.tryAcquire()) {
                session.refuse("jiandu: the process that has the data directory open is running " + AT_ONCE
                        + " commands already; try again when one has ended");
                continue;
            }
            sessions.add(session);
            Thread t = new Thread(() -> {
                try {
                    session.run();
                } finally {
                    sessions.remove(session);
                    slots.release();
                }
            }, "jiandu-resident-command");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // gone anyway
        }
    }

    /**
     * Stops listening and removes the socket; commands still running are cancelled and given a few seconds to end,
     * so that the database they use is not closed under them.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        removeSocket();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is ending: the hook runs anyway
        }
        sessions.forEach(ResidentSession::cancel);
        if (Thread.currentThread() != acceptor) {
            try {
                if (slots.tryAcquire(AT_ONCE, 10, TimeUnit.SECONDS)) {
                    slots.release(AT_ONCE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deadlines.shutdownNow();
    }

    private void removeSocket() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warning("could not remove the resident command line's socket: " + e.getClass().getSimpleName());
        }
    }
}
