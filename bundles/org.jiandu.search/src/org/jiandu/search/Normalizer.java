package org.jiandu.search;

/**
 * Length-preserving text normalisation applied alike to indexed text and to queries, so offsets in the stored
 * text stay valid for snippets: full-width ASCII to half-width, ideographic space to space, lower case, and
 * Traditional characters to their Simplified forms (the common ones that case materials contain).
 */
public final class Normalizer {

    private static final char[] MAP = new char[0x10000];

    // Traditional → Simplified, one character to one character. Characters used in names, places and the
    // vocabulary of discipline inspection work; extend here when an archive needs more.
    private static final String TRAD = "國會學習經濟問題黨員幹部紀檢監察辦處長縣鎮鄉區區書記違規違紀違法貪污賄賂腐敗職權錢財產資金補貼專項審查調查報舉報檔案傳喚組織決議規範條例為與這個們說時間開關門車東來發現實點動電後從當還沒對兩樣產業單體過進給請認讓務錄號運應權歷黃陳張劉楊趙吳孫鄭馮謝韓鄧蕭葉許羅韋湯閻龍萬賈範嚴馬劉蔣鄒錢倫陸達鐘";
    private static final String SIMP = "国会学习经济问题党员干部纪检监察办处长县镇乡区区书记违规违纪违法贪污贿赂腐败职权钱财产资金补贴专项审查调查报举报档案传唤组织决议规范条例为与这个们说时间开关门车东来发现实点动电后从当还没对两样产业单体过进给请认让务录号运应权历黄陈张刘杨赵吴孙郑冯谢韩邓萧叶许罗韦汤阎龙万贾范严马刘蒋邹钱伦陆达钟";

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            MAP[c] = (char) (c - 0xFEE0);
        }
        MAP[0x3000] = ' ';
        for (int c = 0; c < MAP.length; c++) {
            char m = MAP[c];
            char lower = Character.toLowerCase(m);
            if (Character.charCount(lower) == 1) {
                MAP[c] = lower;
            }
        }
        if (TRAD.length() != SIMP.length()) {
            throw new IllegalStateException("Traditional/Simplified tables differ in length");
        }
        for (int i = 0; i < TRAD.length(); i++) {
            MAP[TRAD.charAt(i)] = SIMP.charAt(i);
        }
    }

    private Normalizer() {
    }

    public static char normalize(char c) {
        return MAP[c];
    }

    public static String normalize(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = MAP[s.charAt(i)];
        }
        return new String(out);
    }

    /** Folding of index formats 1 and 2 (placeholder until the complete table lands: the same as now). */
    public static String legacy(CharSequence s) {
        return normalize(s);
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
