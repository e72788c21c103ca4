package org.jiandu.core.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018), the same function as the JDK's {@code PBKDF2WithHmacSHA256} (the password as UTF-8),
 * computed with the HMAC key's two padded blocks hashed once and their digest states copied for every iteration: two
 * SHA-256 compressions per iteration instead of the JDK's four. A login is on the path of every start and every
 * command, and in a process that has just started this halves its time; the iteration count, and with it what a guess
 * costs an attacker, stays as it is.
 */
final class Pbkdf2 {

    private static final int BLOCK = 64;
    private static final int HASH = 32;

    private Pbkdf2() {
    }

    /** The first 32-byte block of the derived key (PasswordHasher stores 256 bits: one block). */
    static byte[] derive(char[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] key = new byte[encoded.remaining()];
        encoded.get(key);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        MessageDigest inner = null;
        MessageDigest outer = null;
        try {
            inner = sha256();
            outer = sha256();
            pads(key, inner, outer);
            return block(inner, outer, salt, 1, iterations);
        } catch (CloneNotSupportedException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 with copyable state is not available in this JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (inner != null) {
                inner.reset(); // the key's padded blocks
                outer.reset();
            }
        }
    }

    /** Feeds the key's inner and outer pad blocks (RFC 2104) into the two digests, which then hold those states. */
    private static void pads(byte[] key, MessageDigest inner, MessageDigest outer) throws NoSuchAlgorithmException {
        byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        inner.update(ipad);
        outer.update(opad);
        Arrays.fill(ipad, (byte) 0);
        Arrays.fill(opad, (byte) 0);
        if (k != key) {
            Arrays.fill(k, (byte) 0);
        }
    }

    /** T_i = U_1 ^ U_2 ^ ... ^ U_c with U_1 = HMAC(salt || INT(i)) and U_j = HMAC(U_{j-1}). */
    private static byte[] block(MessageDigest inner, MessageDigest outer, byte[] salt, int index, int iterations)
            throws CloneNotSupportedException {
        MessageDigest in = (MessageDigest) inner.clone();
        in.update(salt);
        in.update(new byte[] { (byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index });
        byte[] u = hmac(outer, in.digest());
        byte[] t = u.clone();
        for (int n = 1; n < iterations; n++) {
            in = (MessageDigest) inner.clone();
            in.update(u);
            byte[] next = hmac(outer, in.digest());
            Arrays.fill(u, (byte) 0);
            u = next;
            for (int j = 0; j < HASH; j++) {
                t[j] ^= u[j];
            }
        }
        Arrays.fill(u, (byte) 0);
        return t;
    }

    private static byte[] hmac(MessageDigest outer, byte[] innerHash) throws CloneNotSupportedException {
        MessageDigest out = (MessageDigest) outer.clone();
        out.update(innerHash);
        return out.digest();
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }
}
