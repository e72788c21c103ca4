package org.jiandu.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain that makes the audit log tamper-evident. Entries are linked by their predecessor's hash; from the
 * installation's first keyed entry on, each hash is an HMAC-SHA256 under the installation's audit key, which is kept
 * outside the database, so someone who can only write the database cannot recompute the chain after an edit.
 * Entries written before the installation had a key keep their plain SHA-256 and are pinned by the first keyed
 * entry, whose MAC covers their last hash.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Plain SHA-256 over every field but the hash itself (entries from before the installation had a key). */
    public static String hashOf(AuditEntry e) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String field : fields(e)) {
                byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                md.update((field == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** HMAC-SHA256 under {@code key} over the same length-prefixed fields. */
    public static String macOf(byte[] key, AuditEntry e) {
        Mac mac = mac(key);
        for (String field : fields(e)) {
            byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            mac.update((field == null ? "-1:" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(b);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** HMAC-SHA256 of a text, for checkpoints and key ids. */
    public static String macOf(byte[] key, String text) {
        return HexFormat.of().formatHex(mac(key).doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String[] fields(AuditEntry e) {
        return new String[] { Long.toString(e.getSeq()), e.getAt().toString(), e.getActor(), e.getAction(),
                e.getTarget(), e.getDetail(), e.getPrevHash() };
    }

    /**
     * Incremental verifier: feed entries in seq order. Entries before {@code keyedFrom} are checked with the plain
     * hash, the rest with the key's MAC.
     */
    public static final class Verifier {
        private final byte[] key;
        private final long keyedFrom;
        private String expectedPrev = GENESIS;
        private long expectedSeq = 1;
        private long checked;

        /** A verifier of an unkeyed chain (tests and installations from before audit keys). */
        public Verifier() {
            this(null, Long.MAX_VALUE);
        }

        public Verifier(byte[] key, long keyedFrom) {
            this.key = key;
            this.keyedFrom = key == null ? Long.MAX_VALUE : keyedFrom;
        }

        /** Returns null when the entry fits the chain, otherwise why it does not. */
        public String accept(AuditEntry e) {
            String problem = null;
            String expectedHash = e.getSeq() >= keyedFrom ? macOf(key, e) : hashOf(e);
            if (e.getSeq() != expectedSeq) {
                problem = "entry " + expectedSeq + " is missing (next entry found is " + e.getSeq() + ")";
            } else if (!e.getPrevHash().equals(expectedPrev)) {
                problem = "entry " + e.getSeq() + " does not link to the previous entry (previous entry changed or removed)";
            } else if (!MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                    e.getHash().getBytes(StandardCharsets.US_ASCII))) {
                problem = "entry " + e.getSeq() + " was modified after it was written ("
                        + (e.getSeq() >= keyedFrom ? "its MAC does not match the installation's audit key" : "hash mismatch")
                        + ")";
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
