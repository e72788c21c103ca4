package org.jiandu.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.jiandu.cli.client.ResidentProtocol;
import org.jiandu.cli.spi.CancelSignal;
import org.jiandu.cli.spi.ExitCode;

/**
 * One client's command in the process that has the data directory open: reads the request, runs the command with
 * the client's folder, environment and terminal, and passes output, prompts and standard input as frames. A client
 * that goes away (Ctrl+C) cancels the command at its next progress step.
 */
final class ResidentSession {

    private static final Logger LOG = Logger.getLogger(ResidentSession.class.getName());
    /** How long a prompt or a read of standard input waits for the client. */
    private static final long REPLY_MINUTES = 10;
    private static final Object GONE = new Object();
    /**
     * A client that stops reading (suspended with Ctrl+Z, or crafted) is dropped after this long, so that the command
     * does not stay blocked in the middle of its work, holding what it holds.
     */
    private static final long WRITE_SECONDS = 30;

    /** A password typed on the client's terminal; null when none was given. */
    private record Answer(char[] password) {
    }

    /** Bytes of the client's standard input; null at its end. */
    private record Input(byte[] bytes) {
    }

    private record Request(String[] args, Path cwd, Map<String, String> env, boolean terminal) {
    }

    private final SocketChannel channel;
    private final ResidentServer.Runner runner;
    private final ScheduledExecutorService deadlines;
    private final long requestMillis;
    private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
    private DataOutputStream out;
    private volatile boolean cancelled;
    private volatile boolean done;
    /** A prompt or a read of standard input is waiting for the client's reply. */
    private volatile boolean awaiting;
    /** The client's end of the connection is closed. */
    private volatile boolean gone;

    ResidentSession(SocketChannel channel, ResidentServer.Runner runner, ScheduledExecutorService deadlines,
            long requestMillis) {
        this.channel = channel;
        this.runner = runner;
        this.deadlines = deadlines;
        this.requestMillis = requestMillis;
    }

    void run() {
        try (channel) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Request request;
            ScheduledFuture<?> deadline = deadlines.schedule(this::cancel, requestMillis, TimeUnit.MILLISECONDS);
            try {
                request = read(in);
            } finally {
                deadline.cancel(false);
            }
            if (request == null) {
                return;
            }
            Thread reader = new Thread(() -> demux(in), "jiandu-resident-replies");
            reader.setDaemon(true);
            reader.start();
            PrintStream o = new PrintStream(new BufferedOutputStream(new Frames(ResidentProtocol.OUT), 8192), true,
                    StandardCharsets.UTF_8);
            PrintStream e = new Signalling(new Frames(ResidentProtocol.ERR));
            Caller caller = Caller.remote(request.cwd(), request.env(), request.terminal(), this::prompt);
            int code;
            try {
                code = runner.run(request.args(), caller, o, e, new RemoteInput());
            } catch (RuntimeException | Error x) {
                LOG.severe("resident command failed unexpectedly: " + x.getClass().getName());
                e.println("jiandu: the command failed unexpectedly; where it happened is in the workbench log");
                code = ExitCode.ERROR;
            }
            o.flush();
            e.flush();
            done = true;
            write(ResidentProtocol.EXIT, code, null);
        } catch (IOException e) {
            cancelled = true; // the client went away, or sent something that is not a request
        }
    }

    /** Tells a client that arrived when the process was busy, without reading its request. */
    void refuse(String message) {
        try (channel) {
            DataOutputStream o = new DataOutputStream(Channels.newOutputStream(channel));
            byte[] b = (message + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            o.writeByte(ResidentProtocol.ERR);
            o.writeInt(b.length);
            o.write(b);
            o.writeByte(ResidentProtocol.EXIT);
            o.writeInt(ExitCode.ERROR);
            o.flush();
        } catch (IOException e) {
            // the client is gone already
        }
    }

    /** The command's client is gone, or the process is closing: the command stops at its next progress step. */
    void cancel() {
        cancelled = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closed anyway
        }
    }

    /** The request; null (after telling the client) when it comes from another version of the workbench. */
    private Request read(DataInputStream in) throws IOException {
        int magic = in.readInt();
        int version = in.readInt();
        if (magic != ResidentProtocol.MAGIC || version != ResidentProtocol.VERSION) {
            refuse("jiandu: the process that has the data directory open is of another version of the workbench;"
                    + " close it, or run this command with that version");
            return null;
        }
        int[] budget = {ResidentProtocol.MAX_REQUEST};
        String cwd = string(in, budget);
        int n = ResidentProtocol.readCount(in);
        String[] args = new String[n];
        for (int i = 0; i < n; i++) {
            args[i] = string(in, budget);
        }
        int m = ResidentProtocol.readCount(in);
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < m; i++) {
            String name = string(in, budget);
            String value = string(in, budget);
            if (name.startsWith(ResidentProtocol.ENV_PREFIX)) {
                env.put(name, value);
            }
        }
        boolean terminal = in.readBoolean();
        Path dir;
        try {
            dir = Path.of(cwd);
        } catch (InvalidPathException e) {
            throw new IOException("not a folder");
        }
        if (!dir.isAbsolute()) {
            throw new IOException("not an absolute folder");
        }
        return new Request(args, dir, env, terminal);
    }

    /** A string of the request, counted against what is left of the request's size. */
    private static String string(DataInputStream in, int[] budget) throws IOException {
        byte[] b = ResidentProtocol.readBytes(in, Math.min(ResidentProtocol.MAX_STRING, budget[0]));
        budget[0] -= b.length + 4;
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Sorts the client's frames into {@link #replies}; its end cancels a command still running. */
    private void demux(DataInputStream in) {
        try {
            while (true) {
                byte kind = ResidentProtocol.readKind(in);
                if (!awaiting) {
                    break; // a reply nobody asked for: not a client of ours
                }
                awaiting = false;
                if (kind == ResidentProtocol.ANSWER) {
                    replies.add(new Answer(in.readBoolean() ? ResidentProtocol.readString(in).toCharArray() : null));
                } else if (kind == ResidentProtocol.INPUT) {
                    int n = in.readInt();
                    if (n > ResidentProtocol.MAX_CHUNK) {
                        break;
                    }
                    byte[] b = n < 0 ? null : new byte[n];
                    if (b != null) {
                        in.readFully(b);
                    }
                    replies.add(new Input(b));
                } else {
                    break;
                }
            }
        } catch (IOException e) {
            // the client ended: below
        }
        if (!done) {
            cancelled = true;
        }
        gone = true;
        replies.add(GONE);
    }

    private Object reply() {
        Object r = replies.poll();
        if (r != null || gone) {
            return r == null ? GONE : r;
        }
        try {
            r = replies.poll(REPLY_MINUTES, TimeUnit.MINUTES);
            return r == null ? GONE : r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GONE;
        }
    }

    private char[] prompt(String label) {
        awaiting = true;
        if (!send(ResidentProtocol.PROMPT, label.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return reply() instanceof Answer a ? a.password() : null;
    }

    /** Cancels the session unless the write that follows ends within {@link #WRITE_SECONDS}. */
    private ScheduledFuture<?> watch() throws IOException {
        try {
            return deadlines.schedule(this::cancel, WRITE_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            throw new IOException("the process is closing", e); // its server closed: as if the client were gone
        }
    }

    /**
     * Writes one frame — its kind, a number (a length, a size asked for, an exit code) and, after a length, its block —
     * cancelling the session unless the client takes it within {@link #WRITE_SECONDS}.
     */
    private void write(byte kind, int number, byte[] block) throws IOException {
        synchronized (out) {
            ScheduledFuture<?> stuck = watch();
            out.writeByte(kind);
            out.writeInt(number);
            if (block != null) {
                out.write(block);
            }
            out.flush();
            stuck.cancel(false);
        }
    }

    /** Sends one frame with a byte block; false when the client is gone. */
    private boolean send(byte kind, byte[] block) {
        try {
            write(kind, block.length, block);
            return true;
        } catch (IOException e) {
            cancelled = true;
            return false;
        }
    }

    /** Output for the client's standard output or error, in frames of at most {@link ResidentProtocol#MAX_CHUNK}. */
    private final class Frames extends OutputStream {
        private final byte kind;

        Frames(byte kind) {
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int at = off; at < off + len; at += ResidentProtocol.MAX_CHUNK) {
                int n = Math.min(ResidentProtocol.MAX_CHUNK, off + len - at);
                byte[] chunk = new byte[n];
                System.arraycopy(b, at, chunk, 0, n);
                if (!send(kind, chunk)) {
                    throw new IOException("the client is gone");
                }
            }
        }
    }

    /** The command's error stream, which also says when the client's user cancelled. */
    private final class Signalling extends PrintStream implements CancelSignal {
        Signalling(OutputStream frames) {
            super(frames, true, StandardCharsets.UTF_8);
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }

    /** The client's standard input, read only when the command reads it (e.g. --password-stdin). */
    private final class RemoteInput extends InputStream {
        private boolean end;

        @Override
        public int read() {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (end) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            awaiting = true;
            try {
                write(ResidentProtocol.READ, Math.min(len, ResidentProtocol.MAX_CHUNK), null);
            } catch (IOException e) {
                cancelled = true;
                end = true;
                return -1;
            }
            Object r = reply();
            if (!(r instanceof Input in) || in.bytes() == null || in.bytes().length == 0) {
                end = true;
                return -1;
            }
            System.arraycopy(in.bytes(), 0, b, off, Math.min(len, in.bytes().length));
            return Math.min(len, in.bytes().length);
        }
    }
}
