package org.jiandu.cli.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * {@code jiandu COMMAND} when the data directory is already open in another process of this OS account (the
 * workbench, or {@code jiandu serve}): the command runs there, and this small JVM only passes arguments, output,
 * password prompts and standard input. Without such a process it ends at once with
 * {@link ResidentProtocol#NOT_RESIDENT}, and the start script starts the command line itself.
 * <p>
 * Plain Java without OSGi, so that it starts in a tenth of a second.
 */
public final class ResidentClient {

    /** Ended by the process before it said how the command ended. */
    private static final int LOST = 7;
    private static final int USAGE = 2;

    private ResidentClient() {
    }

    /** {@code -install DIR} (the installation, from the start script), then the command's own arguments. */
    public static void main(String[] argv) {
        Path install = null;
        List<String> args = new ArrayList<>(List.of(argv));
        if (args.size() >= 2 && "-install".equals(args.get(0))) {
            install = Path.of(args.get(1));
            args = args.subList(2, args.size());
        }
        Path dir;
        try {
            dir = dataDir(args, install);
        } catch (RuntimeException e) {
            System.exit(ResidentProtocol.NOT_RESIDENT); // a name the command line itself will refuse, saying why
            return;
        }
        Path socket = ResidentProtocol.socket(dir);
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !ours(dir, socket)) {
            System.exit(ResidentProtocol.NOT_RESIDENT);
        }
        String tooLong = tooLong(args);
        if (tooLong != null) {
            System.err.println("jiandu: " + tooLong + " to pass to the process that has the data directory open;"
                    + " close the workbench (or jiandu serve) and run it again");
            System.exit(USAGE);
        }
        SocketChannel ch;
        try {
            ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            System.exit(ResidentProtocol.NOT_RESIDENT); // left behind by a process that ended: nobody listens
            return;
        }
        if (!ResidentProtocol.peerIsOwnAccount(ch)) {
            System.exit(ResidentProtocol.NOT_RESIDENT); // another account's process: it gets nothing of ours
        }
        System.exit(converse(ch, args));
    }

    /**
     * Whether the data directory and its socket are this account's own and nobody else may write there. Another
     * account could otherwise leave a socket in a folder named with {@code --data} and collect the passwords and
     * the environment a command sends.
     */
    static boolean ours(Path dir, Path socket) {
        try {
            if (Files.isSymbolicLink(socket)) {
                return false;
            }
            UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!me.equals(Files.getOwner(dir)) || !me.equals(Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS))) {
                return false;
            }
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir);
                return !p.contains(PosixFilePermission.GROUP_WRITE) && !p.contains(PosixFilePermission.OTHERS_WRITE);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What exceeds the protocol's limits, or null. */
    static String tooLong(List<String> args) {
        long total = 0;
        if (args.size() > ResidentProtocol.MAX_COUNT) {
            return "this command has more than " + ResidentProtocol.MAX_COUNT + " arguments";
        }
        for (String a : args) {
            int n = a.getBytes(StandardCharsets.UTF_8).length;
            if (n > ResidentProtocol.MAX_STRING) {
                return "an argument of this command is longer than " + ResidentProtocol.MAX_STRING + " bytes";
            }
            total += n;
        }
        return total > ResidentProtocol.MAX_REQUEST / 2 ? "this command is too long" : null;
    }

    private static int converse(SocketChannel ch, List<String> args) {
        try (ch) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch)));
            try {
                request(out, args);
            } catch (IOException e) {
                // refused before it read the request (busy): its message is waiting below
            }
            // the process writes UTF-8; printed here in this terminal's encoding (stdout.encoding: GBK in a Chinese
            // Windows console), as the command line on its own would print it
            Utf8Printer stdout = new Utf8Printer(System.out);
            Utf8Printer stderr = new Utf8Printer(System.err);
            while (true) {
                byte kind = ResidentProtocol.readKind(in);
                switch (kind) {
                    case ResidentProtocol.OUT -> stdout.print(ResidentProtocol.readBytes(in, ResidentProtocol.MAX_CHUNK));
                    case ResidentProtocol.ERR -> stderr.print(ResidentProtocol.readBytes(in, ResidentProtocol.MAX_CHUNK));
                    case ResidentProtocol.PROMPT -> answer(out, ResidentProtocol.readString(in));
                    case ResidentProtocol.READ -> input(out, in.readInt());
                    case ResidentProtocol.EXIT -> {
                        return in.readInt();
                    }
                    default -> throw new IOException("unknown frame " + kind);
                }
            }
        } catch (EOFException e) {
            System.err.println("jiandu: the process that has the data directory open ended before the command did;"
                    + " whether it finished is in its log, or in jiandu audit list");
            return LOST;
        } catch (IOException e) {
            System.err.println("jiandu: lost the connection to the process that has the data directory open: "
                    + e.getMessage());
            return LOST;
        }
    }

    /** UTF-8 frames to a print stream; a character split between two frames is kept until its end arrives. */
    private static final class Utf8Printer {
        private final PrintStream target;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Utf8Printer(PrintStream target) {
            this.target = target;
        }

        void print(byte[] chunk) {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + chunk.length).put(pending).put(chunk).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining());
            decoder.decode(in, chars, false);
            pending = in.slice();
            target.append(chars.flip());
            target.flush();
        }
    }

    private static void request(DataOutputStream out, List<String> args) throws IOException {
        out.writeInt(ResidentProtocol.MAGIC);
        out.writeInt(ResidentProtocol.VERSION);
        ResidentProtocol.writeString(out, Path.of("").toAbsolutePath().toString());
        out.writeInt(args.size());
        for (String a : args) {
            ResidentProtocol.writeString(out, a);
        }
        List<Map.Entry<String, String>> env = System.getenv().entrySet().stream()
                .filter(e -> e.getKey().startsWith(ResidentProtocol.ENV_PREFIX)).toList();
        out.writeInt(env.size());
        for (Map.Entry<String, String> e : env) {
            ResidentProtocol.writeString(out, e.getKey());
            ResidentProtocol.writeString(out, e.getValue());
        }
        out.writeBoolean(System.console() != null);
        out.flush();
    }

    private static void answer(DataOutputStream out, String label) throws IOException {
        Console c = System.console();
        char[] pw = c == null ? null : c.readPassword("%s: ", label);
        out.writeByte(ResidentProtocol.ANSWER);
        out.writeBoolean(pw != null);
        if (pw != null) {
            ResidentProtocol.writeString(out, new String(pw));
        }
        out.flush();
    }

    private static void input(DataOutputStream out, int max) throws IOException {
        byte[] buf = new byte[Math.max(1, Math.min(max, ResidentProtocol.MAX_CHUNK))];
        InputStream stdin = System.in;
        int n = stdin.read(buf);
        out.writeByte(ResidentProtocol.INPUT);
        out.writeInt(n);
        if (n > 0) {
            out.write(buf, 0, n);
        }
        out.flush();
    }

    /**
     * The data directory the arguments name, as the command line itself finds it: {@code --data DIR} (or
     * {@code -data}), else {@code ~/.jiandu/COUNTY} for {@code --county} or the county this build was made for.
     */
    static Path dataDir(List<String> args, Path install) {
        String data = option(args, "--data");
        if (data == null) {
            data = option(args, "-data");
        }
        if (data != null) {
            return Path.of(data).toAbsolutePath().normalize();
        }
        String county = option(args, "--county");
        if (county == null) {
            county = productCounty(install);
        }
        return Path.of(System.getProperty("user.home"), ".jiandu", county.toLowerCase(Locale.ROOT));
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** {@code jiandu.county} of the installation's config.ini; the build's default county when there is none. */
    private static String productCounty(Path install) {
        Properties p = new Properties();
        if (install != null) {
            try (Reader r = Files.newBufferedReader(install.resolve("configuration/config.ini"), StandardCharsets.ISO_8859_1)) {
                p.load(r);
            } catch (IOException e) {
                // no county of its own: the default below
            }
        }
        return p.getProperty("jiandu.county", "shangzhou");
    }
}
