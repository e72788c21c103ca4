package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.jiandu.core.security.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String h = hasher.hash("正确的密码-1".toCharArray());
        assertTrue(hasher.verify("正确的密码-1".toCharArray(), h));
        assertFalse(hasher.verify("正确的密码-2".toCharArray(), h));
        assertFalse(hasher.verify("".toCharArray(), h));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void storesIterationsAndNeverThePassword() {
        String h = new PasswordHasher().hash("secret-pw".toCharArray());
        assertTrue(h.startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$"), h);
        assertFalse(h.contains("secret-pw"));
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertFalse(hasher.verify("x".toCharArray(), "plain"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$!!$!!"));
        assertFalse(hasher.verify("x".toCharArray(), null));
    }

    @Test
    void wipeClearsTheBuffer() {
        char[] pw = "abc".toCharArray();
        PasswordHasher.wipe(pw);
        assertTrue(new String(pw).chars().allMatch(c -> c == 0));
    }

    /**
     * The hasher computes PBKDF2 itself (faster at a cold start): a hash the JDK's PBKDF2WithHmacSHA256 made, as every
     * stored hash was, still verifies, for passwords of every length (empty, longer than the HMAC block, Chinese) and
     * salts of every length; a password that differs in one character does not.
     */
    @Test
    void verifiesWhatTheJdksPbkdf2Made() throws GeneralSecurityException {
        Random r = new Random(20261130);
        String alphabet = "abcXYZ019!$ 监督工作台廉政𠀀";
        for (int n = 0; n < 40; n++) {
            StringBuilder pw = new StringBuilder();
            int len = n < 3 ? n : r.nextInt(90);
            for (int i = 0; i < len; i++) {
                pw.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0,
                        alphabet.length())))));
            }
            byte[] salt = new byte[1 + r.nextInt(40)];
            r.nextBytes(salt);
            int iterations = 1000 + r.nextInt(500);
            String stored = stored(iterations, salt, jdk(pw.toString(), salt, iterations));
            assertTrue(hasher.verify(pw.toString().toCharArray(), stored), "password of " + len + " characters");
            if (len > 0) {
                String other = pw.substring(0, pw.length() - 1) + (pw.charAt(pw.length() - 1) == 'a' ? 'b' : 'a');
                assertFalse(hasher.verify(other.toCharArray(), stored));
            }
        }
    }

    /** RFC 7914 section 11's PBKDF2-HMAC-SHA256 vectors (their first 32 bytes: one block). */
    @Test
    void matchesTheRfcVectors() {
        assertTrue(hasher.verify("passwd".toCharArray(), stored(1, "salt".getBytes(),
                HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"))));
        assertTrue(hasher.verify("Password".toCharArray(), stored(80_000, "NaCl".getBytes(),
                HexFormat.of().parseHex("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"))));
    }

    private static byte[] jdk(String password, byte[] salt, int iterations) throws GeneralSecurityException {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
    }

    private static String stored(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }
}
