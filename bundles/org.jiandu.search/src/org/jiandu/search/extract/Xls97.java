package org.jiandu.search.extract;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells of an Excel 97–2003 workbook (.xls, BIFF8) as text, one unit per worksheet named as in the workbook:
 * shared strings (across CONTINUE records), labels, numbers, RK and MULRK values and formula results.
 */
final class Xls97 {

    /** Characters of all cells together: one shared string used by every cell must not fill the memory. */
    static final long MAX_TEXT = 32L << 20;

    private Xls97() {
    }

    static List<TextUnit> units(byte[] bytes) throws ExtractionException {
        Ole2 ole = new Ole2(bytes);
        byte[] wb = ole.stream("Workbook").orElse(null);
        if (wb == null) {
            throw new ExtractionException(ole.has("Book") ? "Excel 5/95 workbooks are not read: save it in a newer format to index it"
                    : "not an Excel workbook (no Workbook stream)");
        }
        ByteBuffer b = ByteBuffer.wrap(wb).order(ByteOrder.LITTLE_ENDIAN);
        List<String> sst = new ArrayList<>();
        Map<Integer, String> sheetAt = new HashMap<>(); // stream offset of a sheet's BOF → name
        List<TextUnit> units = new ArrayList<>();
        TreeMap<Long, String> cells = null; // row << 16 | col → text, of the sheet being read
        String sheetName = null;
        boolean globals = true;
        int depth = 0; // substreams nest: a chart inside a worksheet has its own BOF … EOF
        int pos = 0;
        long[] text = { 0 };
        int records = 0;
        while (pos + 4 <= wb.length) {
            if ((++records & 4095) == 0) {
                Deadline.check();
            }
            int type = b.getShort(pos) & 0xFFFF, len = b.getShort(pos + 2) & 0xFFFF, data = pos + 4;
            if (data + len > wb.length) {
                throw new ExtractionException("damaged or truncated Excel workbook (record at byte " + pos + ")");
            }
            switch (type) {
                case 0x0809 -> { // BOF
                    depth++;
                    int dt = b.getShort(data + 2) & 0xFFFF;
                    if (globals && (b.getShort(data) & 0xFFFF) != 0x0600) {
                        throw new ExtractionException("Excel 5/95 workbooks are not read: save it in a newer format to index it");
                    }
                    if (!globals && dt == 0x0010 && depth == 1) {
                        cells = new TreeMap<>();
                        sheetName = sheetAt.getOrDefault(pos, "Sheet" + (units.size() + 1));
                    }
                }
                case 0x002F -> throw new ExtractionException(
                        "the workbook is encrypted (password-protected); save an unprotected copy to index it");
                case 0x0085 -> { // BOUNDSHEET: where a sheet starts and its name
                    int at = b.getInt(data);
                    int cch = wb[data + 6] & 0xFF;
                    sheetAt.put(at, string(wb, data + 8, cch, (wb[data + 7] & 1) != 0, data + len));
                }
                case 0x00FC -> pos = sharedStrings(wb, pos, sst) - 4 - len; // SST and its CONTINUEs (pos moves past them below)
                case 0x000A -> { // EOF of a substream
                    depth = Math.max(0, depth - 1);
                    if (globals) {
                        globals = false;
                    } else if (cells != null && depth == 0) {
                        units.add(unit(units.size() + 1, sheetName, cells));
                        cells = null;
                    }
                }
                case 0x00FD -> put(cells, text, b, data, sst.size() > b.getInt(data + 6) && b.getInt(data + 6) >= 0
                        ? sst.get(b.getInt(data + 6)) : "");
                case 0x0204, 0x00D6 -> { // LABEL, RSTRING
                    int cch = b.getShort(data + 6) & 0xFFFF;
                    put(cells, text, b, data, string(wb, data + 9, cch, (wb[data + 8] & 1) != 0, data + len));
                }
                case 0x0203 -> put(cells, text, b, data, number(b.getDouble(data + 6)));
                case 0x027E -> put(cells, text, b, data, number(rk(b.getInt(data + 6))));
                case 0x00BD -> { // MULRK: several RK cells in a row
                    int row = b.getShort(data) & 0xFFFF, col = b.getShort(data + 2) & 0xFFFF;
                    for (int p = data + 4, c = col; p + 6 <= data + len - 2; p += 6, c++) {
                        if (cells != null) {
                            String v = number(rk(b.getInt(p + 2)));
                            count(text, v);
                            cells.put(((long) row << 16) | c, v);
                        }
                    }
                }
                case 0x0006 -> { // FORMULA: a cached number (a string result follows in a STRING record)
                    if ((b.getShort(data + 12) & 0xFFFF) != 0xFFFF) {
                        put(cells, text, b, data, number(b.getDouble(data + 6)));
                    } else if (wb[data + 6] == 0) {
                        int next = data + len;
                        if (next + 4 <= wb.length && (b.getShort(next) & 0xFFFF) == 0x0207) {
                            int cch = b.getShort(next + 4) & 0xFFFF;
                            put(cells, text, b, data, string(wb, next + 7, cch, (wb[next + 6] & 1) != 0, next + 4
                                    + (b.getShort(next + 2) & 0xFFFF)));
                        }
                    }
                }
                default -> {
                }
            }
            pos += 4 + len;
        }
        if (cells != null) { // a sheet without its EOF: the file was cut off
            throw new ExtractionException("damaged or truncated Excel workbook (sheet " + sheetName + " has no end)");
        }
        return units;
    }

    private static void count(long[] text, String v) throws ExtractionException {
        if ((text[0] += v.length()) > MAX_TEXT) {
            throw new ExtractionException("the workbook holds more than " + (MAX_TEXT >> 20) + " million characters of text");
        }
    }

    private static void put(TreeMap<Long, String> cells, long[] total, ByteBuffer b, int data, String text)
            throws ExtractionException {
        if (cells != null && text != null && !text.isEmpty()) {
            count(total, text);
            cells.put(((long) (b.getShort(data) & 0xFFFF) << 16) | (b.getShort(data + 2) & 0xFFFF), text);
        }
    }

    private static TextUnit unit(int number, String name, TreeMap<Long, String> cells) {
        StringBuilder sb = new StringBuilder();
        long row = -1;
        for (Map.Entry<Long, String> e : cells.entrySet()) {
            long r = e.getKey() >>> 16;
            if (row >= 0 && r != row) {
                sb.append('\n');
            }
            row = r;
            sb.append(e.getValue()).append('\t');
        }
        return new TextUnit(number, name, sb.append('\n').toString(), false);
    }

    static double rk(int rk) {
        double v = (rk & 2) != 0 ? (double) (rk >> 2) : Double.longBitsToDouble(((long) (rk & 0xFFFFFFFC)) << 32);
        return (rk & 1) != 0 ? v / 100 : v;
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String string(byte[] wb, int at, int cch, boolean wide, int limit) throws ExtractionException {
        int len = wide ? 2 * cch : cch;
        if (at + len > limit || at + len > wb.length) {
            throw new ExtractionException("damaged Excel workbook (a string runs past its record)");
        }
        return wide ? new String(wb, at, len, StandardCharsets.UTF_16LE) : new String(wb, at, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads the SST record at {@code pos} and the CONTINUE records after it; a string's characters may continue in the
     * next record, which then starts with a new options byte. Returns the position after the last CONTINUE.
     */
    private static int sharedStrings(byte[] wb, int pos, List<String> out) throws ExtractionException {
        ByteBuffer b = ByteBuffer.wrap(wb).order(ByteOrder.LITTLE_ENDIAN);
        List<int[]> parts = new ArrayList<>(); // [start, end] of each record's data
        int p = pos;
        do {
            int len = b.getShort(p + 2) & 0xFFFF;
            if (p + 4 + len > wb.length) {
                throw new ExtractionException("damaged or truncated Excel workbook (shared strings)");
            }
            parts.add(new int[] { p + 4, p + 4 + len });
            p += 4 + len;
        } while (p + 4 <= wb.length && (b.getShort(p) & 0xFFFF) == 0x003C);
        Cursor c = new Cursor(wb, parts);
        c.skip(4);
        long unique = c.u32();
        for (long i = 0; i < unique && c.more(); i++) {
            int cch = c.u16(), flags = c.u8();
            int runs = (flags & 0x08) != 0 ? c.u16() : 0;
            long ext = (flags & 0x04) != 0 ? c.u32() : 0;
            StringBuilder s = new StringBuilder(cch);
            boolean wide = (flags & 1) != 0;
            while (s.length() < cch) {
                if (c.atBoundary()) {
                    c.next();
                    wide = (c.u8() & 1) != 0; // a continued string restates its width
                }
                s.append(wide ? (char) c.u16() : (char) c.u8());
            }
            c.skip(4L * runs + ext);
            out.add(s.toString());
        }
        return p;
    }

    /** Reading across record boundaries of the SST and its CONTINUE records. */
    private static final class Cursor {
        private final byte[] wb;
        private final List<int[]> parts;
        private int part, at;

        Cursor(byte[] wb, List<int[]> parts) {
            this.wb = wb;
            this.parts = parts;
            this.at = parts.get(0)[0];
        }

        boolean more() {
            return part < parts.size() - 1 || at < parts.get(part)[1];
        }

        boolean atBoundary() {
            return at >= parts.get(part)[1] && part < parts.size() - 1;
        }

        void next() {
            part++;
            at = parts.get(part)[0];
        }

        int u8() throws ExtractionException {
            if (at >= parts.get(part)[1]) {
                if (part >= parts.size() - 1) {
                    throw new ExtractionException("damaged Excel workbook (shared strings end early)");
                }
                next();
            }
            return wb[at++] & 0xFF;
        }

        int u16() throws ExtractionException {
            return u8() | u8() << 8;
        }

        long u32() throws ExtractionException {
            return (u16() | (long) u16() << 16) & 0xFFFFFFFFL;
        }

        void skip(long n) throws ExtractionException {
            for (long i = 0; i < n; i++) {
                u8();
            }
        }
    }
}
