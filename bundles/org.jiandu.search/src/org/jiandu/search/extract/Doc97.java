package org.jiandu.search.extract;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text of a Word 97–2003 document (.doc, MS-DOC): the File Information Block in the WordDocument stream points
 * to the piece table (CLX) in the 0Table or 1Table stream, and each piece is either 8-bit (Windows-1252) or UTF-16
 * text in the WordDocument stream. All pieces are read: body, footnotes, headers, text boxes. Field codes are left
 * out (their results kept); paragraph, cell and page marks become line breaks and tabs.
 */
final class Doc97 {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Doc97() {
    }

    static String text(byte[] bytes) throws ExtractionException {
        Ole2 ole = new Ole2(bytes);
        byte[] word = ole.stream("WordDocument").orElseThrow(() -> new ExtractionException(
                "not a Word document (no WordDocument stream)"));
        ByteBuffer fib = ByteBuffer.wrap(word).order(ByteOrder.LITTLE_ENDIAN);
        if (word.length < 0x200 || (fib.getShort(0) & 0xFFFF) != 0xA5EC) {
            throw new ExtractionException("damaged Word document (no File Information Block)");
        }
        int nFib = fib.getShort(2) & 0xFFFF, flags = fib.getShort(0x0A) & 0xFFFF;
        if ((flags & 0x0100) != 0) {
            throw new ExtractionException("the document is encrypted (password-protected); save an unprotected copy to index it");
        }
        if (nFib < 0x65 || nFib == 0xFFFF) {
            throw new ExtractionException("Word 6/95 documents are not read: save it in a newer format to index it");
        }
        // FibBase (32 bytes), then counted arrays: fibRgW (16-bit), fibRgLw (32-bit), fibRgFcLcb (pairs of 32-bit)
        int pos = 32;
        int csw = fib.getShort(pos) & 0xFFFF;
        pos += 2 + 2 * csw;
        int cslw = fib.getShort(pos) & 0xFFFF;
        pos += 2 + 4 * cslw;
        int cbRgFcLcb = fib.getShort(pos) & 0xFFFF;
        pos += 2;
        if (cbRgFcLcb < 34 || pos + 8 * 34 > word.length) {
            throw new ExtractionException("damaged Word document (File Information Block too short)");
        }
        int fcClx = fib.getInt(pos + 8 * 33), lcbClx = fib.getInt(pos + 8 * 33 + 4);
        byte[] table = ole.stream((flags & 0x0200) != 0 ? "1Table" : "0Table").orElseThrow(() -> new ExtractionException(
                "damaged Word document (no table stream)"));
        if (fcClx < 0 || lcbClx <= 0 || (long) fcClx + lcbClx > table.length) {
            throw new ExtractionException("damaged Word document (piece table outside the table stream)");
        }
        ByteBuffer clx = ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN);
        int p = fcClx, end = fcClx + lcbClx;
        while (p < end && table[p] == 0x01) { // Prc: property modifiers, skipped
            p += 3 + Math.max(0, clx.getShort(p + 1));
        }
        if (p + 5 > end || table[p] != 0x02) {
            throw new ExtractionException("damaged Word document (no piece table)");
        }
        int lcb = clx.getInt(p + 1);
        int plc = p + 5;
        if (lcb < 4 || (lcb - 4) % 12 != 0 || (long) plc + lcb > table.length) {
            throw new ExtractionException("damaged Word document (piece table size)");
        }
        int n = (lcb - 4) / 12;
        StringBuilder raw = new StringBuilder();
        long total = 0; // bytes of the stream read by all pieces: pieces pointing at the same text must not multiply it
        for (int i = 0; i < n; i++) {
            int cpStart = clx.getInt(plc + 4 * i), cpEnd = clx.getInt(plc + 4 * (i + 1));
            int pcd = plc + 4 * (n + 1) + 8 * i;
            int fc = clx.getInt(pcd + 2);
            int chars = cpEnd - cpStart;
            if (chars < 0 || chars > word.length) {
                throw new ExtractionException("damaged Word document (piece " + (i + 1) + ")");
            }
            boolean compressed = (fc & 0x40000000) != 0;
            int at = compressed ? (fc & 0x3FFFFFFF) / 2 : fc & 0x3FFFFFFF;
            int len = compressed ? chars : 2 * chars;
            if (at < 0 || (long) at + len > word.length) {
                throw new ExtractionException("damaged or truncated Word document (piece " + (i + 1) + " outside the text)");
            }
            if ((total += len) > word.length) {
                throw new ExtractionException("damaged Word document (pieces hold more text than the document)");
            }
            raw.append(new String(word, at, len, compressed ? CP1252 : StandardCharsets.UTF_16LE));
        }
        return clean(raw);
    }

    /** Word's marks as plain text; field instructions (between 0x13 and 0x14) dropped, results kept. */
    static String clean(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int depth = 0; // inside field instructions
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case 0x13 -> depth++;
                case 0x14, 0x15 -> depth = Math.max(0, depth - 1);
                case '\r', 0x0B, 0x0C, 0x0E -> {
                    if (depth == 0) {
                        out.append('\n');
                    }
                }
                case 0x07 -> {
                    if (depth == 0) {
                        out.append('\t');
                    }
                }
                default -> {
                    if (depth == 0) {
                        out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
                    }
                }
            }
        }
        return out.toString();
    }
}
