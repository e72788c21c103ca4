package org.jiandu.core.jurisdiction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.office.XlsxWriter;

/**
 * The workbook a county fills in with its own jurisdiction: sheet names and headers (Chinese, as the county sees
 * them), row 2 a line of explanation per column, data from row 3. The template and the import read the same
 * definitions, so they cannot drift apart.
 */
public final class JurisdictionWorkbook {

    /** Rows above the data: the header (row 1) and the explanation (row 2). */
    public static final int FIRST_DATA_ROW = 3;

    /** An untrusted file may not hold more data rows than this in all sheets together. */
    public static final int MAX_ROWS = 200_000;

    public static final String TOWNSHIPS = "乡镇街道", VILLAGES = "村社区", UNITS = "县直单位", POSTS = "编制岗位", CADRES = "干部";

    public static final String CODE = "代码", NAME = "名称", TOWNSHIP_CODE = "所属乡镇代码", KIND = "类别",
            POST_TOWNSHIP = "乡镇代码", POST_TITLE = "岗位名称", POST_COUNT = "编制数", CADRE_CODE = "工号", CADRE_NAME = "姓名",
            CADRE_ORG = "所在单位代码", CADRE_POST = "岗位", RANK = "职级", ROLE = "纪检职务", SINCE = "任职日期",
            SEC_DEST = "抽调去向", SEC_START = "抽调开始", SEC_END = "抽调结束", SEC_REASON = "抽调原因";

    /** A column: its header and the explanation written below it. */
    public record Column(String header, String explanation) {
    }

    /** A sheet's columns in template order. */
    public static final Map<String, List<Column>> SHEETS = new LinkedHashMap<>();
    static {
        String code = "必填。字母、数字、-、_，全县唯一（成为路径的一段）";
        SHEETS.put(TOWNSHIPS, List.of(new Column(CODE, code), new Column(NAME, "必填。如：龙驹寨街道")));
        SHEETS.put(VILLAGES, List.of(new Column(CODE, code), new Column(NAME, "必填。如：某某村、某某社区"),
                new Column(TOWNSHIP_CODE, "必填。乡镇街道表中的代码（或系统中已有的乡镇）")));
        SHEETS.put(UNITS, List.of(new Column(CODE, code), new Column(NAME, "必填。如：县教育局"),
                new Column(KIND, "必填。机关、企业、学校、医院之一")));
        SHEETS.put(POSTS, List.of(new Column(POST_TOWNSHIP, "必填。乡镇街道代码"),
                new Column(POST_TITLE, "必填。如：纪委书记、专职纪检干部"),
                new Column(POST_COUNT, "必填。该岗位的编制数，0 或正整数")));
        SHEETS.put(CADRES, List.of(new Column(CADRE_CODE, "必填。干部工号，全县唯一"), new Column(CADRE_NAME, "必填"),
                new Column(CADRE_ORG, "必填。乡镇、村社区、县直单位或本县的代码"),
                new Column(CADRE_POST, "选填。所在乡镇编制岗位表中的岗位名称"),
                new Column(RANK, "必填。处级、科级、科员、村干部之一"),
                new Column(ROLE, "必填。镇纪委书记、专职纪检监察干部、村务监督委员会主任、廉勤监督员、派驻纪检监察组成员之一"),
                new Column(SINCE, "选填。日期，如 2024-03-15 或 2024/3/15"),
                new Column(SEC_DEST, "选填。抽调/借调去向单位"), new Column(SEC_START, "有抽调去向时必填。日期"),
                new Column(SEC_END, "选填。日期，不早于抽调开始"), new Column(SEC_REASON, "选填。抽调原因")));
    }

    private static final Map<String, Rank> RANKS = Map.of("处级", Rank.DIVISION, "科级", Rank.SECTION, "科员", Rank.STAFF,
            "村干部", Rank.VILLAGE);
    private static final Map<String, UnitKind> KINDS = Map.of("机关", UnitKind.DEPARTMENT, "企业", UnitKind.ENTERPRISE,
            "学校", UnitKind.SCHOOL, "医院", UnitKind.HOSPITAL);
    private static final Map<String, CadreRole> ROLES = Map.of("镇纪委书记", CadreRole.TOWNSHIP_SECRETARY,
            "专职纪检监察干部", CadreRole.FULL_TIME_CADRE, "村务监督委员会主任", CadreRole.VILLAGE_SUPERVISION_DIRECTOR,
            "村(居)务监督委员会主任", CadreRole.VILLAGE_SUPERVISION_DIRECTOR, "村（居）务监督委员会主任",
            CadreRole.VILLAGE_SUPERVISION_DIRECTOR, "廉勤监督员", CadreRole.INTEGRITY_SUPERVISOR,
            "派驻纪检监察组成员", CadreRole.STATIONED_GROUP_MEMBER);

    private JurisdictionWorkbook() {
    }

    /** Writes the empty workbook: every sheet with its headers and explanation row. */
    public static void writeTemplate(Path file) throws IOException {
        List<XlsxWriter.Sheet> sheets = new ArrayList<>();
        SHEETS.forEach((name, cols) -> sheets.add(new XlsxWriter.Sheet(name,
                List.of(new ArrayList<>(cols.stream().map(Column::header).toList()),
                        new ArrayList<>(cols.stream().map(Column::explanation).toList())))));
        XlsxWriter.write(file, sheets);
    }

    /** Letters, digits, '-' and '_': a code becomes a segment of the materialised path. */
    public static boolean wellFormedCode(String code) {
        return code != null && !code.isEmpty() && code.length() <= 64 && code.matches("[A-Za-z0-9_-]+");
    }

    public static Optional<Rank> rank(String text) {
        return parse(text, RANKS, Rank.class);
    }

    public static Optional<UnitKind> unitKind(String text) {
        return parse(text, KINDS, UnitKind.class);
    }

    public static Optional<CadreRole> role(String text) {
        return parse(text, ROLES, CadreRole.class);
    }

    /** The Chinese name the workbook uses for a value (for the template, exports and the difference). */
    public static String label(Enum<?> value) {
        for (Map<String, ? extends Enum<?>> m : List.of(RANKS, KINDS, ROLES)) {
            for (Map.Entry<String, ? extends Enum<?>> e : m.entrySet()) {
                if (e.getValue() == value && !e.getKey().contains("(") && !e.getKey().contains("（")) {
                    return e.getKey();
                }
            }
        }
        return value == null ? "" : value.name();
    }

    private static <E extends Enum<E>> Optional<E> parse(String text, Map<String, E> chinese, Class<E> type) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        E e = chinese.get(t);
        if (e != null) {
            return Optional.of(e);
        }
        String upper = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(upper)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
