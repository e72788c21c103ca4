package org.jiandu.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the user name nor containing it (ignoring
 * case), not one character repeated, not the demo password and not on the shipped list of common passwords
 * ({@code common-passwords.txt} next to this class). A refusal is an {@link IllegalArgumentException} whose message
 * names the rule broken. Also makes the one-time passwords an administrator hands out.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Length of a generated one-time password, without the group separators. */
    public static final int ONE_TIME_LENGTH = 16;
    /** No 0/O, 1/l/I: a one-time password is read off a screen and typed. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String DEMO_PASSWORD = "jiandu-demo";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile Set<String> common;

    private PasswordPolicy() {
    }

    /** Throws naming the first rule the password breaks; the buffer is left as it is. */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException(NLS.bind(SecurityMessages.policy_short, MIN_LENGTH));
        }
        boolean repeated = true;
        for (char c : password) {
            repeated &= c == password[0];
        }
        if (repeated) {
            throw new IllegalArgumentException(SecurityMessages.policy_repeated);
        }
        // one lower-case copy to compare with; wiped before returning
        char[] lower = new char[password.length];
        try {
            for (int i = 0; i < password.length; i++) {
                lower[i] = Character.toLowerCase(password[i]);
            }
            String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
            // a two-letter name ("li") would refuse too much; longer names may appear nowhere in the password
            if (name.length() >= 3 && indexOf(lower, name) >= 0) {
                throw new IllegalArgumentException(SecurityMessages.policy_name);
            }
            if (indexOf(lower, DEMO_PASSWORD) >= 0) {
                throw new IllegalArgumentException(SecurityMessages.policy_demo);
            }
            if (commonPasswords().contains(CharBuffer.wrap(lower).toString())) {
                throw new IllegalArgumentException(SecurityMessages.policy_common);
            }
        } finally {
            PasswordHasher.wipe(lower);
        }
    }

    /** A random password of {@value #ONE_TIME_LENGTH} unambiguous characters in groups of four, e.g. {@code Kq7x-…}. */
    public static String oneTimePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static int indexOf(char[] text, String part) {
        outer:
        for (int i = 0; i + part.length() <= text.length; i++) {
            for (int j = 0; j < part.length(); j++) {
                if (text[i + j] != part.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The shipped list, lower-case. */
    static Set<String> commonPasswords() {
        Set<String> s = common;
        if (s == null) {
            s = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from org.jiandu.core");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null;) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        s.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            common = Set.copyOf(s);
        }
        return common;
    }
}
