package org.jiandu.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Length-preserving text normalisation applied alike to indexed text and to queries, so offsets in the stored
 * text stay valid for snippets: full-width ASCII to half-width, ideographic space to space, lower case, the
 * bracket and hyphen variants of case numbers to {@code [ ] -}, and Traditional characters to their Simplified
 * forms.
 * <p>
 * The Traditional → Simplified pairs are part of the index format (index and query must fold identically), so
 * they come from a checked-in table, {@value #TABLE}, generated from ICU4J (see its header), not from a library
 * that could change them silently; {@link #TABLE_VERSION} names it. ICU maps 168 BMP characters to Simplified
 * forms outside the BMP; the table leaves those out because folding must keep the text's length. Indexes of
 * formats 1 and 2 were written with the earlier hand-picked table, kept as {@link #legacy(CharSequence)}.
 */
public final class Normalizer {

    /** The folding table this class applies: record it with the index, re-index when it changes. */
    public static final String TABLE_VERSION = "icu-77.1";

    /** Resource beside this class: comment lines start with {@code #}, every other line is a pair "對对". */
    public static final String TABLE = "traditional-simplified.txt";


    // The earlier table (index formats 1 and 2), exactly as it was: characters of names, places and the
    // vocabulary of discipline inspection work. Do not extend: the current folding is MAP.
    private static final String TRAD = "國會學習經濟問題黨員幹部紀檢監察辦處長縣鎮鄉區區書記違規違紀違法貪污賄賂腐敗職權錢財產資金補貼專項審查調查報舉報檔案傳喚組織決議規範條例為與這個們"
            + "說時間開關門車東來發現實點動電後從當還沒對兩樣產業單體過進給請認讓務錄號運應權歷黃陳張劉楊趙吳孫鄭馮謝韓鄧蕭葉許羅韋湯閻龍萬賈範嚴馬劉蔣鄒錢倫陸達鐘";
    private static final String SIMP = "国会学习经济问题党员干部纪检监察办处长县镇乡区区书记违规违纪违法贪污贿赂腐败职权钱财产资金补贴专项审查调查报举报档案传唤组织决议规范条例为与这个们"
            + "说时间开关门车东来发现实点动电后从当还没对两样产业单体过进给请认让务录号运应权历黄陈张刘杨赵吴孙郑冯谢韩邓萧叶许罗韦汤阎龙万贾范严马刘蒋邹钱伦陆达钟";

    /** Bracket variants around the year of a case number (丹纪发〔2024〕12号) and hyphen variants; not U+2014 —. */
    private static final String PUNCTUATION = "〔[〕]【[】]〖[〗]‐-‑-‒-–-﹣-";

    // Built by methods, not in the static initialiser itself: the JIT compiles their loops, which keeps loading fast.
    private static final char[] LEGACY = legacyMap();
    private static final char[] MAP = currentMap();

    private static char[] legacyMap() {
        char[] map = widthAndCase();
        if (TRAD.length() != SIMP.length()) {
            throw new IllegalStateException("Traditional/Simplified tables differ in length");
        }
        for (int i = 0; i < TRAD.length(); i++) {
            map[TRAD.charAt(i)] = SIMP.charAt(i);
        }
        return map;
    }

    private static char[] currentMap() {
        char[] step = widthAndCase(); // one step of folding, settled below
        for (int i = 0; i < PUNCTUATION.length(); i += 2) {
            step[PUNCTUATION.charAt(i)] = PUNCTUATION.charAt(i + 1);
        }
        loadTable(step);
        char[] map = new char[0x10000];
        for (int c = 0; c < map.length; c++) {
            char once = step[c];
            map[c] = step[once] == once ? once : settle(step, (char) c);
        }
        return map;
    }

    private Normalizer() {
    }

    private static char[] widthAndCase() {
        char[] map = new char[0x10000];
        for (int c = 0; c < map.length; c++) {
            map[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            map[c] = (char) (c - 0xFEE0);
        }
        map[0x3000] = ' ';
        for (int c = 0; c < map.length; c++) {
            char lower = Character.toLowerCase(map[c]);
            if (Character.charCount(lower) == 1) {
                map[c] = lower;
            }
        }
        return map;
    }

    /** A missing or damaged table fails loudly: folding less than the index was written with loses hits. */
    private static void loadTable(char[] map) {
        String text;
        try (InputStream in = Normalizer.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("folding table " + TABLE + " is missing from the bundle");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (IOException e) { // includes malformed UTF-8
            throw new IllegalStateException("folding table " + TABLE + " cannot be read: " + e, e);
        }
        int pairs = 0, lineNo = 0;
        for (int at = 0; at < text.length(); lineNo++) {
            int next = text.indexOf('\n', at);
            next = next < 0 ? text.length() : next;
            int end = next > at && text.charAt(next - 1) == '\r' ? next - 1 : next; // a checkout may use CRLF
            if (end == at || text.charAt(at) != '#') {
                char from = end > at ? text.charAt(at) : '\n', to = end - at == 2 ? text.charAt(at + 1) : from;
                if (end - at != 2 || from == to || !isHan(from) || !isHan(to) || map[from] != from) {
                    throw new IllegalStateException("folding table " + TABLE + " is damaged at line " + (lineNo + 1) + ": '"
                            + text.substring(at, end) + "'");
                }
                map[from] = to;
                pairs++;
            }
            at = next + 1;
        }
        if (pairs == 0) {
            throw new IllegalStateException("folding table " + TABLE + " is empty");
        }
    }

    /**
     * Follows the one-step mapping to where it stops, so folding is idempotent (ICU maps 薴→苧, 苧→苎 and 苎→苧):
     * a chain ends at its last character, a cycle at its smallest one.
     */
    private static char settle(char[] step, char c) {
        StringBuilder path = new StringBuilder();
        char x = c;
        while (path.indexOf(String.valueOf(x)) < 0) {
            path.append(x);
            if (step[x] == x) {
                return x;
            }
            x = step[x];
        }
        char least = x;
        for (int i = path.indexOf(String.valueOf(x)); i < path.length(); i++) {
            least = (char) Math.min(least, path.charAt(i));
        }
        return least;
    }

    public static char normalize(char c) {
        return MAP[c];
    }

    public static String normalize(CharSequence s) {
        return apply(MAP, s);
    }

    /** The folding of index formats 1 and 2 (hand-picked Traditional characters, no punctuation): for their units. */
    public static char legacy(char c) {
        return LEGACY[c];
    }

    /** {@link #legacy(char)} of every character. */
    public static String legacy(CharSequence s) {
        return apply(LEGACY, s);
    }

    private static String apply(char[] map, CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = map[s.charAt(i)];
        }
        return new String(out);
    }

    /** A Han ideograph (the unit of exact-substring search). */
    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Letters and digits of other scripts form words. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }
}
