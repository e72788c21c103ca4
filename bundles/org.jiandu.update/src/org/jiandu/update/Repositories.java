package org.jiandu.update;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.jiandu.update.internal.UpdateMessages;

/** A repository as the user names it — a folder, a {@code file:} or {@code https:} URL or a zipped repository. */
public final class Repositories {

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
     * The location, unless it is plain HTTP: the content is unsigned, so whoever sits on the network between could
     * change the code installed. (p2 itself would ask the same server over HTTPS and only say it cannot read it.)
     *
     * @throws IllegalArgumentException (a sentence naming HTTPS and the alternatives) for an {@code http:} location
     */
    public static URI secure(URI location) {
        if ("http".equalsIgnoreCase(location.getScheme())) {
            throw new IllegalArgumentException(NLS.bind(UpdateMessages.plain_http, location));
        }
        return location;
    }
}
