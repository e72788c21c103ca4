package org.jiandu.update;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jiandu.update.internal.UpdateMessages;

/** A repository as the user names it — a folder, a {@code file:} or {@code https:} URL or a zipped repository. */
public final class Repositories {

    /** Schemes that wrap the address of a zipped repository, whose own scheme is the one that counts. */
    private static final Set<String> WRAPPERS = Set.of("jar", "zip", "archive");

    private Repositories() {
    }

    /**
     * The repository's URI.
     *
     * @throws IllegalArgumentException (a sentence) for a folder that does not exist, a scheme p2 cannot read here or
     *                                  plain HTTP
     */
    public static URI uri(String named) {
        return uri(named, Path.of("").toAbsolutePath());
    }

    /** {@link #uri(String)} with a folder or zip named relative to {@code base} (the folder the user typed it in). */
    public static URI uri(String named, Path base) {
        String s = named.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")
                || lower.startsWith("jar:")) {
            return secure(URI.create(s));
        }
        Path p = base.resolve(s).toAbsolutePath().normalize();
        if (Files.isRegularFile(p) && lower.endsWith(".zip")) {
            return URI.create("jar:" + p.toUri() + "!/");
        }
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException(NLS.bind(UpdateMessages.no_such_repository, p));
        }
        return p.toUri();
    }

    /**
     * The location, if updates may be taken from it: a folder ({@code file:}) or {@code https:}, also inside the
     * {@code jar:}, {@code zip:} or {@code archive:} address of a zipped repository. The content is signed (see
     * SignedMetadata), yet over plain HTTP or FTP whoever sits between this machine and the server could still offer
     * an older signed repository or withhold an update unseen (and p2 itself would ask an {@code http:} server over
     * HTTPS and only say that it cannot read it).
     *
     * @throws IllegalArgumentException (a sentence naming HTTPS and the alternatives) for any other location
     */
    public static URI secure(URI location) {
        URI inner = location;
        while (inner != null && inner.getScheme() != null && WRAPPERS.contains(inner.getScheme().toLowerCase(Locale.ROOT))) {
            String part = inner.getRawSchemeSpecificPart();
            int entry = part.lastIndexOf("!/");
            inner = parse(entry < 0 ? part : part.substring(0, entry));
        }
        String scheme = inner == null || inner.getScheme() == null ? "" : inner.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("file") && !scheme.equals("https")) {
            throw new IllegalArgumentException(NLS.bind(UpdateMessages.not_secure, location));
        }
        return location;
    }

    private static URI parse(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
