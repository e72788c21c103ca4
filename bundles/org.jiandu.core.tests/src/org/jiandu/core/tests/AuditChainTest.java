package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.audit.AuditChain;
import org.jiandu.core.audit.AuditEntry;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> list = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = new AuditEntry(i, Instant.ofEpochMilli(1_700_000_000_000L + i), "u" + i, "change", "t" + i,
                    "细节 " + i, prev);
            list.add(e);
            prev = e.getHash();
        }
        return list;
    }

    @Test
    void intactChainVerifies() {
        AuditChain.Verifier v = new AuditChain.Verifier();
        for (AuditEntry e : chain(20)) {
            assertNull(v.accept(e));
        }
        assertEquals(20, v.checked());
    }

    @Test
    void missingEntryIsNamed() {
        List<AuditEntry> c = chain(5);
        c.remove(2); // seq 3
        AuditChain.Verifier v = new AuditChain.Verifier();
        assertNull(v.accept(c.get(0)));
        assertNull(v.accept(c.get(1)));
        String problem = v.accept(c.get(2));
        assertNotNull(problem);
        assertTrue(problem.contains("entry 3 is missing"), problem);
    }

    @Test
    void fieldBoundariesCannotShift() {
        AuditEntry a = new AuditEntry(1, Instant.EPOCH, "ab", "c", null, null, AuditChain.GENESIS);
        AuditEntry b = new AuditEntry(1, Instant.EPOCH, "a", "bc", null, null, AuditChain.GENESIS);
        assertTrue(!a.getHash().equals(b.getHash()));
    }

    @Test
    void hashIsStableSha256Hex() {
        AuditEntry a = chain(1).get(0);
        assertEquals(64, a.getHash().length());
        assertEquals(a.getHash(), AuditChain.hashOf(a));
    }
}
