package org.jiandu.search.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes plain text the way Chinese archives store it: a byte-order mark decides; otherwise valid UTF-8 is
 * UTF-8; otherwise GB18030 (a superset of GBK and GB2312, so old GBK files decode exactly) or UTF-16 without a
 * BOM, whichever reads more like Chinese.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    public static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        // Not UTF-8: the candidate whose text reads most like Chinese wins. UTF-16 of Chinese text has no
        // zero bytes to give it away, so candidates are scored by how many of their characters are common.
        String best = new String(b, GB18030);
        double bestScore = score(best);
        if (b.length % 2 == 0) {
            for (Charset cs : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
                String s = strict(b, cs);
                double sc = s == null ? -1 : score(s);
                if (sc > bestScore) {
                    best = s;
                    bestScore = sc;
                }
            }
        }
        return best;
    }

    private static final CharsetEncoder GB2312 = Charset.forName("GB2312").newEncoder();

    /**
     * Share of characters that are printable ASCII, white space, CJK punctuation or one of the 3755 common
     * (GB2312 level 1) hanzi: about 0.95 for real Chinese text, under 0.2 for bytes decoded with the wrong charset.
     */
    static synchronized double score(String s) {
        int n = Math.min(s.length(), 20_000), good = 0;
        if (n == 0) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t' || (c >= 0x3000 && c <= 0x303f)
                    || (c >= 0xff01 && c <= 0xff5e)) {
                good++;
            } else if (c >= 0x4e00 && c <= 0x9fff && GB2312.canEncode(c)) {
                try {
                    byte first = GB2312.encode(CharBuffer.wrap(new char[] { c })).get(0);
                    if ((first & 0xff) >= 0xb0 && (first & 0xff) <= 0xd7) {
                        good++;
                    }
                } catch (CharacterCodingException e) {
                    // not common
                }
            }
        }
        return good / (double) n;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

}
