package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jiandu.core.security.LoginThrottle;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.PasswordPolicy;
import org.jiandu.core.security.SecurityMessages;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String refusal(String user, String password) {
        return assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(user, password.toCharArray()))
                .getMessage();
    }

    @Test
    void namesTheRuleBroken() {
        assertTrue(refusal("wang", "Short-pw-1").contains("12"));
        assertEquals(SecurityMessages.policy_repeated, refusal("wang", "############"));
        assertEquals(SecurityMessages.policy_name, refusal("wang.li", "Wang.Li-Wang.Li"));
        assertEquals(SecurityMessages.policy_name, refusal("zhangsan", "xx-ZhangSan-2026"));
        assertEquals(SecurityMessages.policy_demo, refusal("wang", "jiandu-demo-2026"));
        for (String common : new String[] { "woaini131452", "WoAiNi1314520", "1qaz2wsx3edc", "qwertyuiop123",
                "123456789012", "password123456", "iloveyou1314" }) {
            assertEquals(SecurityMessages.policy_common, refusal("wang", common), common);
        }
    }

    @Test
    void acceptsAGoodPasswordAndLeavesTheBuffer() {
        char[] pw = "Qinling-Shan-7419".toCharArray();
        PasswordPolicy.check("li", pw); // a two-letter name is not searched for inside the password
        assertEquals("Qinling-Shan-7419", new String(pw));
    }

    @Test
    void oneTimePasswordsAreRandomUnambiguousAndPassThePolicy() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = PasswordPolicy.oneTimePassword();
            assertTrue(p.matches("([A-HJ-NP-Za-km-z2-9]{4}-){3}[A-HJ-NP-Za-km-z2-9]{4}"), p);
            PasswordPolicy.check("someone", p.toCharArray());
            seen.add(p);
        }
        assertEquals(200, seen.size());
    }

    @Test
    void theThrottleDoublesThenLocks() {
        assertEquals(Duration.ZERO, LoginThrottle.delay(1));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delay(2));
        assertEquals(Duration.ofSeconds(4), LoginThrottle.delay(4));
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        LoginThrottle.Attempts a = LoginThrottle.Attempts.NONE;
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            a = a.failed(t);
        }
        assertTrue(a.refusal(t) != null && !a.locked(t));
        a = a.failed(t);
        assertTrue(a.locked(t.plus(LoginThrottle.LOCK_DURATION).minusSeconds(1)));
        Instant later = t.plus(Duration.ofHours(1));
        assertEquals(null, a.refusal(later), "the lock has ended");
        assertTrue(a.failed(later).locked(later), "but the next failure locks again");
    }

    @Test
    void olderHashesNeedARehash() {
        PasswordHasher hasher = new PasswordHasher();
        assertTrue(hasher.needsRehash(new PasswordHasher(210_000).hash("x".toCharArray())));
        assertEquals(210_000, PasswordHasher.iterations(new PasswordHasher(210_000).hash("x".toCharArray())));
        assertEquals(0, PasswordHasher.iterations("garbage"));
    }
}
