package org.jiandu.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketOption;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * The conversation between {@code jiandu COMMAND} and a process that already has the data directory open (the
 * workbench, or {@code jiandu serve}): one request, then frames from the process until {@link #EXIT}.
 * <p>
 * The socket lives in the data directory, which only the installation's OS account may enter; every request still
 * logs in like any command. Sizes are bounded on both sides, so neither end can be made to allocate without limit.
 */
public final class ResidentProtocol {

    /** The socket's name in the data directory. */
    public static final String SOCKET = ".jiandu.sock";
    /** "JDCL" and the protocol's version: a process of another version answers with a refusal, not garbage. */
    public static final int MAGIC = 0x4A44434C;
    public static final int VERSION = 1;
    /** The client's exit code when no process has the data directory open: the start script then runs the command itself. */
    public static final int NOT_RESIDENT = 75;

    // frames from the process
    /** Bytes for standard output. */
    public static final byte OUT = 1;
    /** Bytes for standard error. */
    public static final byte ERR = 2;
    /** Ask for a password on the terminal: a label; answered by {@link #ANSWER}. */
    public static final byte PROMPT = 3;
    /** The command reads standard input: at most this many bytes; answered by {@link #INPUT}. */
    public static final byte READ = 4;
    /** The command's exit code; the last frame. */
    public static final byte EXIT = 5;

    // frames from the client
    /** The password typed, or absent when there is no terminal. */
    public static final byte ANSWER = 11;
    /** Bytes of standard input; a length of -1 is its end. */
    public static final byte INPUT = 12;

    /** Limits: a string (an argument, a path, a password), the number of arguments, one chunk of output or input. */
    public static final int MAX_STRING = 64 * 1024;
    public static final int MAX_COUNT = 4096;
    public static final int MAX_CHUNK = 64 * 1024;
    /** The whole request: arguments, folder and environment together. */
    public static final int MAX_REQUEST = 1024 * 1024;

    /** The environment variables a command may read; no other is sent. */
    public static final String ENV_PREFIX = "JIANDU_";

    private ResidentProtocol() {
    }

    public static Path socket(Path dataDir) {
        return dataDir.resolve(SOCKET);
    }

    /**
     * The OS account of the process at the other end of a connected socket, where the platform says it
     * ({@code SO_PEERCRED} on Linux and macOS); empty elsewhere (Windows: the data directory's access list guards it).
     * Looked up by name, as {@code jdk.net} is not among the packages an OSGi bundle compiles against.
     */
    static Optional<String> peerAccount(SocketChannel ch) {
        try {
            for (SocketOption<?> o : ch.supportedOptions()) {
                if ("SO_PEERCRED".equals(o.name())) {
                    Object principal = ch.getOption(o); // jdk.net.UnixDomainPrincipal(user, group)
                    Object user = principal.getClass().getMethod("user").invoke(principal);
                    return Optional.of(((UserPrincipal) user).getName());
                }
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // not to be had: the caller decides
        }
        return Optional.empty();
    }

    /**
     * Whether the other end runs as this process's OS account; true where the platform does not say (see
     * {@link #peerAccount}). Both ends ask it: the client before it sends anything, the process before it reads.
     */
    public static boolean peerIsOwnAccount(SocketChannel ch) {
        return peerAccount(ch).map(System.getProperty("user.name")::equals).orElse(true);
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_STRING) {
            throw new IOException("a string of " + b.length + " bytes is longer than the " + MAX_STRING + " allowed");
        }
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in, MAX_STRING), StandardCharsets.UTF_8);
    }

    /** A length-prefixed byte block of at most {@code max} bytes. */
    public static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("a block of " + n + " bytes is outside 0.." + max);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    /** A count of at most {@link #MAX_COUNT}. */
    public static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("a count of " + n + " is outside 0.." + MAX_COUNT);
        }
        return n;
    }

    /** The next frame's kind; the end of the stream is an {@link EOFException}. */
    public static byte readKind(DataInputStream in) throws IOException {
        int k = in.read();
        if (k < 0) {
            throw new EOFException();
        }
        return (byte) k;
    }
}
