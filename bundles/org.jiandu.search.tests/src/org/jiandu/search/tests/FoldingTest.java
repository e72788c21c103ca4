package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiandu.core.Progress;
import org.jiandu.search.Normalizer;
import org.jiandu.search.SearchHit;
import org.jiandu.search.SearchResult;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;

/**
 * Traditional → Simplified folding (issue 15): the checked-in table against ICU4J, the folding of every character,
 * common words of case materials, discipline inspection work, names, places and the workbench's own UI, and end to
 * end through the real search service.
 * <p>
 * To regenerate the table after an ICU4J upgrade (then raise {@link Normalizer#TABLE_VERSION}):
 * {@code ./mvnw -B -o verify -pl bundles/org.jiandu.search.tests -am -Dtest=FoldingTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine=-Djiandu.regenerateFolding=/abs/path/to/traditional-simplified.txt}
 * and copy the file to bundles/org.jiandu.search/src/org/jiandu/search/.
 */
class FoldingTest extends DemoSearchTest {

    /**
     * Traditional word, then its usual Simplified spelling. Words, not single characters: a word is what a user
     * types, and it fails if any one of its characters is not folded.
     */
    private static final String[][] WORDS = {
            // software UI
            { "對話框", "对话框" }, { "說明", "说明" }, { "設置", "设置" }, { "確定", "确定" }, { "打開文件", "打开文件" },
            { "關閉窗口", "关闭窗口" }, { "搜索結果", "搜索结果" }, { "刪除", "删除" }, { "編輯", "编辑" }, { "選項", "选项" },
            { "幫助", "帮助" }, { "複製", "复制" }, { "粘貼", "粘贴" }, { "導出報表", "导出报表" }, { "登錄", "登录" },
            { "密碼", "密码" }, { "用戶名", "用户名" }, { "數據庫", "数据库" }, { "網絡連接", "网络连接" }, { "錯誤", "错误" },
            { "進度條", "进度条" }, { "菜單", "菜单" }, { "工具欄", "工具栏" }, { "狀態欄", "状态栏" },
            // discipline inspection work and case materials
            { "檢查", "检查" }, { "舉報", "举报" }, { "違紀", "违纪" }, { "會議紀要", "会议纪要" }, { "調查報告", "调查报告" },
            { "資金", "资金" }, { "補貼", "补贴" }, { "賬戶", "账户" }, { "審計", "审计" }, { "銀行轉賬", "银行转账" },
            { "憑證", "凭证" }, { "處分", "处分" }, { "監督", "监督" }, { "談話", "谈话" }, { "證據", "证据" },
            { "我們", "我们" }, { "縣紀委監委", "县纪委监委" }, { "鄉鎮", "乡镇" }, { "幹部", "干部" }, { "後來", "后来" },
            { "發現", "发现" }, { "頭髮", "头发" }, { "乾淨", "干净" }, { "裡面", "里面" }, { "裏面", "里面" },
            { "說話", "说话" }, { "電話號碼", "电话号码" }, { "網絡", "网络" }, { "數據", "数据" }, { "檔案", "档案" },
            { "權力", "权力" }, { "腐敗", "腐败" }, { "賄賂", "贿赂" }, { "濫用職權", "滥用职权" }, { "貪汙", "贪污" },
            { "貪污", "贪污" }, { "立案審查", "立案审查" }, { "紀律處分", "纪律处分" }, { "黨紀政務處分", "党纪政务处分" },
            { "違反中央八項規定精神", "违反中央八项规定精神" }, { "收受禮金", "收受礼金" }, { "虛報冒領", "虚报冒领" },
            { "優親厚友", "优亲厚友" }, { "侵佔", "侵占" }, { "挪用專項資金", "挪用专项资金" }, { "套取財政資金", "套取财政资金" },
            { "扶貧資金", "扶贫资金" }, { "農村低保", "农村低保" }, { "醫療保險", "医疗保险" }, { "養老保險", "养老保险" },
            { "糧食補貼", "粮食补贴" }, { "危房改造補助", "危房改造补助" }, { "村務公開", "村务公开" }, { "財務報銷", "财务报销" },
            { "發票", "发票" }, { "轉賬記錄", "转账记录" }, { "銀行卡", "银行卡" }, { "現金", "现金" }, { "談話筆錄", "谈话笔录" },
            { "詢問筆錄", "询问笔录" }, { "信訪舉報", "信访举报" }, { "問題線索", "问题线索" }, { "初步核實", "初步核实" },
            { "審查調查", "审查调查" }, { "移送司法機關", "移送司法机关" }, { "黨員幹部", "党员干部" }, { "黨委書記", "党委书记" },
            { "村黨支部", "村党支部" }, { "村委會主任", "村委会主任" }, { "紀檢監察機關", "纪检监察机关" }, { "巡察組", "巡察组" },
            { "誡勉談話", "诫勉谈话" }, { "開除黨籍", "开除党籍" }, { "撤銷職務", "撤销职务" }, { "職務違法", "职务违法" },
            { "廉潔自律", "廉洁自律" }, { "作風建設", "作风建设" }, { "形式主義", "形式主义" }, { "官僚主義", "官僚主义" },
            { "會議記錄", "会议记录" }, { "簽字蓋章", "签字盖章" }, { "統計報表", "统计报表" }, { "瞭解", "了解" },
            { "鬆綁", "松绑" }, { "麵條", "面条" },
            // person names and places
            { "張偉", "张伟" }, { "劉強", "刘强" }, { "陳麗華", "陈丽华" }, { "楊國慶", "杨国庆" }, { "趙曉東", "赵晓东" },
            { "鄧建軍", "邓建军" }, { "蕭紅", "萧红" }, { "葉明", "叶明" }, { "鍾華", "钟华" }, { "鄭麗", "郑丽" },
            { "廣東", "广东" }, { "陝西", "陕西" }, { "遼寧", "辽宁" }, { "貴州", "贵州" }, { "臺灣", "台湾" },
            { "丹鳳縣", "丹凤县" }, { "鎮安縣", "镇安县" },
            // the same character in both scripts: 著/着 and 乾/干 fold alike on both sides (ICU: 著→着, 乾→干)
            { "著作", "著作" }, { "顯著", "显著" }, { "乾隆", "乾隆" }, };

    /**
     * Words whose usual Simplified spelling is not what folding each character gives, by ICU's per-character
     * answer: 甚 and 衹/祇 are kept (ICU turns 甚麼 into 什么 only as a phrase), 衞 is not in ICU's table. A user
     * finds these by typing the Traditional form or the folded one (甚么); documented, not hidden.
     */
    private static final String[][] NOT_FOLDED = { { "甚麼", "什么", "甚么" }, { "衹有", "只有", "衹有" }, { "祇是", "只是", "祇是" },
            { "衞生", "卫生", "衞生" }, };

    private static final String REGENERATE = "jiandu.regenerateFolding";

    @Test
    void commonTraditionalWordsFoldLikeTheirSimplifiedSpelling() {
        assertTrue(WORDS.length >= 80, "a list of common words, not a handful");
        List<String> unfolded = new ArrayList<>();
        for (String[] w : WORDS) {
            assertEquals(w[0].length(), w[1].length(), w[0]);
            if (!Normalizer.normalize(w[0]).equals(Normalizer.normalize(w[1]))) {
                unfolded.add(w[0] + "→" + Normalizer.normalize(w[0]) + " ≠ " + Normalizer.normalize(w[1]));
            }
        }
        assertEquals(List.of(), unfolded);
    }

    @Test
    void wordsWhoseSimplifiedSpellingIsAnotherWordStayApartAsIcuSays() {
        for (String[] w : NOT_FOLDED) {
            assertEquals(w[2], Normalizer.normalize(w[0]), w[0]);
            assertTrue(!Normalizer.normalize(w[0]).equals(Normalizer.normalize(w[1])), w[0] + " / " + w[1]);
        }
    }

    /** The checked-in table is exactly what ICU4J's Traditional-Simplified gives, and is what the version says. */
    @Test
    void theTableIsWhatIcuProduces() throws IOException {
        String generated = generate();
        String file = System.getProperty(REGENERATE);
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), generated, StandardCharsets.UTF_8);
            System.out.println("FoldingTest: wrote " + file);
            return;
        }
        String table;
        try (InputStream in = Normalizer.class.getResourceAsStream(Normalizer.TABLE)) {
            assertNotNull(in, Normalizer.TABLE + " is in the bundle");
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> want = generated.lines().toList(), have = table.lines().toList();
        Set<String> missing = new LinkedHashSet<>(want), extra = new LinkedHashSet<>(have);
        missing.removeAll(have);
        extra.removeAll(want);
        assertEquals(List.of(), missing.stream().limit(20).toList(), "lines ICU gives that the table lacks (regenerate, see Javadoc)");
        assertEquals(List.of(), extra.stream().limit(20).toList(), "lines of the table ICU does not give (regenerate, see Javadoc)");
        assertEquals(generated, table);
        VersionInfo icu = VersionInfo.ICU_VERSION;
        assertEquals("icu-" + icu.getMajor() + "." + icu.getMinor(), Normalizer.TABLE_VERSION);
    }

    /** Every pair of the table: both sides fold to the same character, so either script finds the other. */
    @Test
    void everyPairOfTheTableFoldsBothSidesAlike() throws IOException {
        int pairs = 0;
        for (String line : generate().lines().toList()) {
            if (!line.startsWith("#")) {
                assertEquals(Normalizer.normalize(line.charAt(1)), Normalizer.normalize(line.charAt(0)), line);
                pairs++;
            }
        }
        assertTrue(pairs > 2500, "pairs " + pairs);
    }

    @Test
    void everyCharacterFoldsToOneCharacterAndFoldingTwiceChangesNothing() {
        StringBuilder all = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = String.valueOf((char) c), n = Normalizer.normalize(s);
            if (n.length() != 1 || n.charAt(0) != Normalizer.normalize((char) c) || !Normalizer.normalize(n).equals(n)) {
                wrong.add(String.format("U+%04X %s→%s→%s", c, s, n, Normalizer.normalize(n)));
            }
            all.append((char) c);
        }
        assertEquals(List.of(), wrong.stream().limit(20).toList());
        String once = Normalizer.normalize(all);
        assertEquals(0x10000, once.length());
        assertEquals(once, Normalizer.normalize(once));
        assertEquals("苎苎苎", Normalizer.normalize("苎苧薴"), "ICU maps 苎→苧 and 苧→苎: the cycle settles on one character");
    }

    @Test
    void fullWidthBracketsAndHyphensFoldLikeBefore() {
        assertEquals("5600元 abc [2024]", Normalizer.normalize("５６００元　ＡＢＣ　［２０２４］"));
        assertEquals("丹纪发[2024]12号", Normalizer.normalize("丹紀發〔2024〕12號"));
        assertEquals("[][][][]", Normalizer.normalize("〔〕【】〖〗［］"));
        assertEquals("------", Normalizer.normalize("‐‑‒–﹣－"));
        assertEquals("—。、《》()", Normalizer.normalize("—。、《》（）"), "the em dash and ideographic punctuation stay");
    }

    /** Units of index formats 1 and 2 were folded by the earlier table: legacy() is exactly that. */
    @Test
    void legacyIsExactlyTheEarlierFolding() {
        String trad = "國會學習經濟問題黨員幹部紀檢監察辦處長縣鎮鄉區區書記違規違紀違法貪污賄賂腐敗職權錢財產資金補貼專項審查調查報舉報檔案傳喚組織決議規範條例為與這個們"
                + "說時間開關門車東來發現實點動電後從當還沒對兩樣產業單體過進給請認讓務錄號運應權歷黃陳張劉楊趙吳孫鄭馮謝韓鄧蕭葉許羅韋湯閻龍萬賈範嚴馬劉蔣鄒錢倫陸達鐘";
        String simp = "国会学习经济问题党员干部纪检监察办处长县镇乡区区书记违规违纪违法贪污贿赂腐败职权钱财产资金补贴专项审查调查报举报档案传唤组织决议规范条例为与这个们"
                + "说时间开关门车东来发现实点动电后从当还没对两样产业单体过进给请认让务录号运应权历黄陈张刘杨赵吴孙郑冯谢韩邓萧叶许罗韦汤阎龙万贾范严马刘蒋邹钱伦陆达钟";
        for (int c = 0; c <= 0xFFFF; c++) {
            int at = trad.indexOf(c);
            char half = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c == 0x3000 ? ' ' : (char) c;
            char lower = Character.toLowerCase(half);
            char want = at >= 0 ? simp.charAt(at) : Character.charCount(lower) == 1 ? lower : half;
            assertEquals(want, Normalizer.legacy((char) c), String.format("U+%04X", c));
        }
        assertEquals("问题", Normalizer.legacy("問題"));
        assertEquals("对話框", Normalizer.legacy("對話框"), "話 was not in the earlier table");
        assertEquals("丹纪发〔2024〕12号", Normalizer.legacy("丹紀發〔2024〕12號"), "nor were brackets folded");
        assertEquals("5600元 abc", Normalizer.legacy("５６００元　ＡＢＣ"));
    }

    /** A missing or damaged table stops the class from loading instead of folding less than the index did. */
    @Test
    void aMissingOrDamagedTableFailsLoudly() throws Exception {
        assertTableRejected(null, "missing");
        assertTableRejected("# header only\n".getBytes(StandardCharsets.UTF_8), "empty");
        assertTableRejected("對对\n話\n".getBytes(StandardCharsets.UTF_8), "damaged at line 2");
        assertTableRejected("對对\n對对\n".getBytes(StandardCharsets.UTF_8), "damaged at line 2");
        assertTableRejected("對对\nab\n".getBytes(StandardCharsets.UTF_8), "damaged at line 2");
        assertTableRejected(new byte[] { (byte) 0xE5, (byte) 0xB0, '\n' }, "cannot be read");
    }

    private static void assertTableRejected(byte[] table, String says) throws Exception {
        byte[] code;
        try (InputStream in = Normalizer.class.getResourceAsStream("Normalizer.class")) {
            code = in.readAllBytes();
        }
        String name = Normalizer.class.getName();
        ClassLoader isolated = new ClassLoader(null) { // Normalizer needs java.* only; this loader serves the table
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                if (n.equals(name)) {
                    return defineClass(n, code, 0, code.length);
                }
                throw new ClassNotFoundException(n);
            }

            @Override
            public InputStream getResourceAsStream(String resource) {
                return resource.endsWith(Normalizer.TABLE) && table != null ? new ByteArrayInputStream(table) : null;
            }
        };
        Throwable t = assertThrows(ExceptionInInitializerError.class, () -> Class.forName(name, true, isolated)).getCause();
        assertInstanceOf(IllegalStateException.class, t);
        assertTrue(t.getMessage().contains(says), t.getMessage());
    }

    /** The table as ICU4J makes it now: the pairs, and a header saying where they come from. */
    private static String generate() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder pairs = new StringBuilder();
        int changed = 0, outside = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            String t = String.valueOf((char) c), s = icu.transliterate(t);
            if (s.equals(t)) {
                continue;
            }
            changed++;
            if (s.length() != 1) {
                outside++;
                continue;
            }
            pairs.append(t).append(s).append('\n');
        }
        VersionInfo v = VersionInfo.ICU_VERSION;
        String version = v.getMajor() + "." + v.getMinor();
        return "# Traditional → Simplified folding of org.jiandu.search.Normalizer, TABLE_VERSION icu-" + version
                + ". GENERATED: do not edit.\n"
                + "# Made by ICU4J " + version + " Transliterator \"Traditional-Simplified\" applied to each BMP character of script Han:\n"
                + "# " + changed + " change, " + outside
                + " of them to characters outside the BMP, left out here (folding keeps the text's length).\n"
                + "# One pair a line, Traditional then Simplified; Normalizer follows chains and cycles (苎→苧→苎) to one character.\n"
                + "# Regenerate with FoldingTest (see its Javadoc): -Dtycho.testArgLine=-D" + REGENERATE + "=/abs/path/" + Normalizer.TABLE
                + "\n"
                + "# ICU data: Copyright © 2016 and later Unicode, Inc. and others. Unicode License v3, https://www.unicode.org/license.txt\n"
                + pairs;
    }

    /** Both scripts find both documents, snippets mark the right characters, brackets and full-width fold. */
    @Test
    void eitherScriptFindsBothThroughTheRealSearchService() throws Exception {
        Path f = tmp.resolve("folding");
        Fixtures.text(f.resolve("trad.txt"), "關於對話框的說明。會議紀要已整理。賬戶流水見銀行轉賬憑證。", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("simp.txt"), "关于对话框的说明。会议纪要已整理。账户流水见银行转账凭证。", StandardCharsets.UTF_8);
        Fixtures.text(f.resolve("case.txt"), "丹纪发〔2024〕12号 违规发放补贴5600元", StandardCharsets.UTF_8);
        search.index(county, List.of(f), "danfeng-t01", null, Progress.NONE);
        Set<String> both = Set.of("trad.txt", "simp.txt");
        for (String q : List.of("對話框", "对话框", "會議紀要", "会议纪要", "賬戶", "账户", "銀行轉賬", "银行转账", "憑證", "凭证")) {
            assertEquals(both, names(search.search(county, q, 10)), "documents for '" + q + "'");
        }
        SearchHit trad = search.search(county, "对话框", 10).hits().stream().filter(h -> h.path().endsWith("trad.txt"))
                .findFirst().orElseThrow();
        assertTrue(trad.snippets().get(0).contains("【對話框】"), trad.snippets().toString());
        assertEquals(Set.of("case.txt"), names(search.search(county, "[2024]", 10)), "[2024] finds 〔2024〕");
        assertEquals(Set.of("case.txt"), names(search.search(county, "５６００元", 10)), "５６００元 finds 5600元");
    }

    private static Set<String> names(SearchResult r) {
        return r.hits().stream().map(h -> Path.of(h.path()).getFileName().toString()).collect(Collectors.toSet());
    }
}
