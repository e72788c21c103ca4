package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
