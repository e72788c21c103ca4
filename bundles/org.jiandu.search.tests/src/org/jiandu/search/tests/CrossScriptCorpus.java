package org.jiandu.search.tests;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Case-file texts made of what investigators search for — amounts, dates, case numbers, plot and room numbers,
 * Latin words beside Chinese, marks, Traditional and full-width forms — from small vocabularies, so that near
 * misses (5600 and 15600, 〔2024〕 and 〔2023〕, 3号 and 13号) sit in the same and in other files.
 */
final class CrossScriptCorpus {

    private static final String HAN = "领取补助编号档案另有复查使用数字区域文件属性说明对话框谈话笔录资金年月日号元栋度的整";

    private static final String[] SEPARATORS = { "", "", "", "", " ", " ", "\n", "\r\n", "\u3000", "，", "。", "、",
            "-", "—", "_", "(", ")", "[", "]", " ，", "\n\n" };

    private static final String[][] WORDS = {
            { "5600元", "200元", "5600.5元", "15600元", "56001元", "5600 元", "５６００元", "200元整", "领取补助5600元整" },
            { "使用basic的", "使用 basic 的", "basic的", "basics的", "使用BASIC", "fund", "funds", "transfer", "transferred",
                    "ABC123", "ＡＢＣ１２３", "basic" },
            { "GOOD_MARK_一", "GOOD_MARK_二", "二〇二四", "GOOD_MARK" },
            { "数字2", "数字 2", "数字25", "数字，2", "区域1", "区域12", "区域 1", "45度", "145度", "４５度" },
            { "文件-属性", "文件 - 属性", "文件—属性", "文件，属性", "文件 属性", "文件属性", "文件－属性", "文件–属性" },
            { "對話框", "說明", "問題", "对话框", "说明", "問題的說明" } };

    private static final Function<Random, String>[] PIECES = pieces();

    private CrossScriptCorpus() {
    }

    @SuppressWarnings("unchecked")
    private static Function<Random, String>[] pieces() {
        Function<Random, String> han = r -> {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                s.append(HAN.charAt(r.nextInt(HAN.length())));
            }
            return s.toString();
        };
        Function<Random, String> date = r -> pick(r, "2024", "2023", "二〇二四") + "年" + pick(r, "3", "13", "３") + "月"
                + (r.nextBoolean() ? pick(r, "13", "3", "113") + "日" : "");
        Function<Random, String> caseNo = r -> {
            String[] brackets = { "〔〕", "[]", "【】", "［］", "〔〕" };
            String b = brackets[r.nextInt(brackets.length)];
            return pick(r, "丹纪立", "商纪", "丹纪立") + b.charAt(0) + pick(r, "2024", "2023") + b.charAt(1) + pick(r, "9", "12", "19")
                    + "号" + (r.nextInt(4) == 0 ? "，2024年复查" : "");
        };
        Function<Random, String> room = r -> pick(r, "A", "B", "BA", "Ａ") + "栋" + pick(r, "3", "13", "３") + "号"
                + (r.nextBoolean() ? "楼" : "");
        Function<Random, String> fixed = r -> pick(r, WORDS[r.nextInt(WORDS.length)]);
        return new Function[] { han, han, date, caseNo, room, fixed, fixed, fixed };
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }

    /** Writes n text files (every third in GB18030, the rest UTF-8); returns their raw texts by absolute path. */
    static Map<String, String> write(Path folder, Random r, int n) throws Exception {
        Map<String, String> docs = new TreeMap<>(); // a fixed order: the queries drawn from it repeat run after run
        for (int d = 0; d < n; d++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 6 + r.nextInt(15); p > 0; p--) {
                sb.append(PIECES[r.nextInt(PIECES.length)].apply(r));
                sb.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
            }
            String text = sb.toString();
            Path f = folder.resolve(String.format("f%03d.txt", d));
            Charset cs = d % 3 == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            Fixtures.text(f, text, cs);
            docs.put(f.toAbsolutePath().normalize().toString(), text);
        }
        return docs;
    }
}
