package org.jiandu.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashing and verification of the audit chain; pure functions so they are tested without a database. */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over every field but the hash itself, each length-prefixed so field boundaries cannot shift. */
    public static String hashOf(AuditEntry e) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] { Long.toString(e.getSeq()), e.getAt().toString(), e.getActor(),
                    e.getAction(), e.getTarget(), e.getDetail(), e.getPrevHash() }) {
                byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                md.update((field == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Incremental verifier: feed entries in seq order. */
    public static final class Verifier {
        private String expectedPrev = GENESIS;
        private long expectedSeq = 1;
        private long checked;

        /** Returns null when the entry fits the chain, otherwise why it does not. */
        public String accept(AuditEntry e) {
            String problem = null;
            if (e.getSeq() != expectedSeq) {
                problem = "entry " + expectedSeq + " is missing (next entry found is " + e.getSeq() + ")";
            } else if (!e.getPrevHash().equals(expectedPrev)) {
                problem = "entry " + e.getSeq() + " does not link to the previous entry (previous entry changed or removed)";
            } else if (!hashOf(e).equals(e.getHash())) {
                problem = "entry " + e.getSeq() + " was modified after it was written (hash mismatch)";
            }
            expectedPrev = e.getHash();
            expectedSeq = e.getSeq() + 1;
            checked++;
            return problem;
        }

        public long checked() {
            return checked;
        }
    }
}
