package org.jiandu.persistence.internal;

import static org.jiandu.core.jurisdiction.JurisdictionWorkbook.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.jurisdiction.JurisdictionWorkbook;
import org.jiandu.core.jurisdiction.Problem;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.office.XlsxReader;

/**
 * Reads a jurisdiction workbook's sheets into rows and checks every cell, and every reference against the workbook
 * itself and the database ({@link JurisdictionState}): required cells, codes well-formed and unique across the sheets
 * and the installation, parents present, kinds/ranks/roles known, dates, secondments, posts not over-filled. Every
 * problem names the sheet, the row as the spreadsheet shows it and the column's header.
 */
final class JurisdictionReader {

    /** A township, village or unit row. */
    record NodeRow(String sheet, int row, OrgLevel level, String code, String name, String parentCode, UnitKind kind) {
    }

    record PostRow(int row, String townshipCode, String title, int count) {
    }

    record CadreRow(int row, String code, String name, String orgCode, String post, Rank rank, CadreRole role,
            LocalDate since, String secDestination, LocalDate secStart, LocalDate secEnd, String secReason) {
    }

    /** The workbook's rows that passed their own checks. */
    static final class Workbook {
        final Map<String, NodeRow> nodes = new LinkedHashMap<>();
        final List<PostRow> posts = new ArrayList<>();
        final Map<String, CadreRow> cadres = new LinkedHashMap<>();
        int rows;
    }

    private final JurisdictionState state;
    private final List<Problem> problems = new ArrayList<>();
    private final Workbook wb = new Workbook();

    private JurisdictionReader(JurisdictionState state) {
        this.state = state;
    }

    /** Reads and checks; the problems list is empty when the workbook can be applied. */
    static Workbook read(List<XlsxReader.Sheet> sheets, JurisdictionState state, List<Problem> problems) {
        JurisdictionReader r = new JurisdictionReader(state);
        r.readAll(sheets);
        problems.addAll(r.problems);
        return r.wb;
    }

    /** One sheet's data rows with its columns located by header. */
    private record Table(String sheet, Map<String, Integer> columns, List<XlsxReader.Row> rows) {
        String cell(XlsxReader.Row row, String header) {
            return row.cell(columns.get(header)).strip();
        }
    }

    private void readAll(List<XlsxReader.Sheet> sheets) {
        Map<String, Table> tables = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, List<JurisdictionWorkbook.Column>> def : SHEETS.entrySet()) {
            XlsxReader.Sheet sheet = sheets.stream().filter(s -> s.name().strip().equals(def.getKey())).findFirst().orElse(null);
            if (sheet == null) {
                problems.add(new Problem(def.getKey(), 0, null, NLS.bind(JurisdictionMessages.missing_sheet, def.getKey())));
                continue;
            }
            XlsxReader.Row header = sheet.rows().stream().filter(r -> r.number() == 1).findFirst().orElse(null);
            Map<String, Integer> columns = new HashMap<>();
            if (header != null) {
                for (int c = 0; c < header.cells().size(); c++) {
                    columns.putIfAbsent(header.cell(c).strip(), c);
                }
            }
            boolean complete = true;
            for (JurisdictionWorkbook.Column col : def.getValue()) {
                if (!columns.containsKey(col.header())) {
                    problems.add(new Problem(def.getKey(), 1, col.header(),
                            NLS.bind(JurisdictionMessages.missing_header, col.header())));
                    complete = false;
                }
            }
            List<XlsxReader.Row> data = sheet.rows().stream()
                    .filter(r -> r.number() >= FIRST_DATA_ROW && !r.isBlank()).toList();
            total += data.size();
            if (complete) {
                tables.put(def.getKey(), new Table(def.getKey(), columns, data));
            }
        }
        wb.rows = total;
        if (total > MAX_ROWS) {
            problems.add(new Problem(null, 0, null, NLS.bind(JurisdictionMessages.too_many_rows, MAX_ROWS)));
            return;
        }
        if (!problems.isEmpty()) {
            return; // a missing sheet or header: one clear error each, no row-by-row noise
        }
        Map<String, String> firstSeen = new HashMap<>(); // code → "sheet\trow"
        nodes(tables.get(TOWNSHIPS), OrgLevel.TOWNSHIP, firstSeen);
        nodes(tables.get(UNITS), OrgLevel.UNIT, firstSeen);
        nodes(tables.get(VILLAGES), OrgLevel.VILLAGE, firstSeen);
        Table posts = tables.get(POSTS);
        cadres(tables.get(CADRES), posts(posts), posts);
    }

    private void problem(Table t, XlsxReader.Row row, String column, String message) {
        problems.add(new Problem(t.sheet(), row.number(), column, message));
    }

    /** The cell, or null after reporting it when required and empty or longer than {@code max}. */
    private String text(Table t, XlsxReader.Row row, String header, boolean required, int max) {
        String v = t.cell(row, header);
        if (v.isEmpty()) {
            if (required) {
                problem(t, row, header, JurisdictionMessages.required);
            }
            return null;
        }
        if (v.length() > max) {
            problem(t, row, header, NLS.bind(JurisdictionMessages.too_long, max));
            return null;
        }
        return v;
    }

    private String code(Table t, XlsxReader.Row row, String header) {
        String v = text(t, row, header, true, 200);
        if (v != null && !wellFormedCode(v)) {
            problem(t, row, header, NLS.bind(JurisdictionMessages.bad_code, v));
            return null;
        }
        return v;
    }

    private Optional<LocalDate> date(Table t, XlsxReader.Row row, String header, boolean[] bad) {
        String v = t.cell(row, header);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = XlsxReader.date(v);
        if (d.isEmpty()) {
            problem(t, row, header, NLS.bind(JurisdictionMessages.bad_date, v));
            bad[0] = true;
        }
        return d;
    }

    private void nodes(Table t, OrgLevel level, Map<String, String> firstSeen) {
        for (XlsxReader.Row row : t.rows()) {
            int before = problems.size();
            String code = code(t, row, CODE);
            String name = text(t, row, NAME, true, 128);
            String parent = null;
            UnitKind kind = null;
            if (code != null) {
                String seen = firstSeen.putIfAbsent(code, t.sheet() + "\t" + row.number());
                if (seen != null) {
                    String[] s = seen.split("\t");
                    problem(t, row, CODE, NLS.bind(JurisdictionMessages.duplicate_code, new Object[] { code, s[0], s[1] }));
                } else {
                    checkNodeCode(t, row, code, level);
                }
            }
            if (level == OrgLevel.VILLAGE) {
                parent = code(t, row, TOWNSHIP_CODE);
                if (parent != null && !isTownship(parent)) {
                    problem(t, row, TOWNSHIP_CODE, NLS.bind(JurisdictionMessages.no_township, parent));
                }
            } else if (level == OrgLevel.UNIT) {
                String k = text(t, row, KIND, true, 32);
                if (k != null) {
                    kind = unitKind(k).orElse(null);
                    if (kind == null) {
                        problem(t, row, KIND, NLS.bind(JurisdictionMessages.unknown_kind, k));
                    }
                }
            }
            if (problems.size() == before) {
                wb.nodes.put(code, new NodeRow(t.sheet(), row.number(), level, code, name,
                        level == OrgLevel.VILLAGE ? parent : state.county.getCode(), kind));
            }
        }
    }

    /** A code of another level in this county, or any code outside it, is taken. */
    private void checkNodeCode(Table t, XlsxReader.Row row, String code, OrgLevel level) {
        String foreign = state.foreignNodes.get(code);
        OrgNode existing = state.nodes.get(code);
        if (foreign != null || existing == state.county) {
            String[] f = (foreign != null ? foreign : existing.getName() + " " + existing.getPath()).split(" ", 2);
            problem(t, row, CODE, NLS.bind(JurisdictionMessages.code_taken, new Object[] { code, f[0], f[1] }));
        } else if (existing != null && existing.getLevel() != level) {
            problem(t, row, CODE, NLS.bind(JurisdictionMessages.other_level,
                    new Object[] { code, existing.getLevel(), level }));
        }
    }

    /** In the workbook's township sheet, or an open township of this county the workbook does not list elsewhere. */
    private boolean isTownship(String code) {
        NodeRow r = wb.nodes.get(code);
        if (r != null) {
            return r.level() == OrgLevel.TOWNSHIP;
        }
        OrgNode n = state.nodes.get(code);
        return n != null && n.getLevel() == OrgLevel.TOWNSHIP && !n.isClosed();
    }

    /** Returns township code + "\t" + title → authorised count. */
    private Map<String, Integer> posts(Table t) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (XlsxReader.Row row : t.rows()) {
            int before = problems.size();
            String township = code(t, row, POST_TOWNSHIP);
            String title = text(t, row, POST_TITLE, true, 64);
            String n = text(t, row, POST_COUNT, true, 12);
            int count = -1;
            if (township != null && !isTownship(township)) {
                problem(t, row, POST_TOWNSHIP, NLS.bind(JurisdictionMessages.no_township, township));
            }
            if (n != null) {
                try {
                    double d = Double.parseDouble(n);
                    if (d == Math.rint(d) && d >= 0 && d <= 1000) {
                        count = (int) d;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (count < 0) {
                    problem(t, row, POST_COUNT, NLS.bind(JurisdictionMessages.bad_count, n));
                }
            }
            if (township != null && title != null) {
                Integer first = firstRow.putIfAbsent(township + "\t" + title, row.number());
                if (first != null) {
                    problem(t, row, POST_TITLE, NLS.bind(JurisdictionMessages.duplicate_post, new Object[] { title, township, first }));
                }
            }
            if (problems.size() == before) {
                counts.put(township + "\t" + title, count);
                wb.posts.add(new PostRow(row.number(), township, title, count));
            }
        }
        return counts;
    }

    /** Reads the cadres and then checks that no post is named by more cadres than it has authorised. */
    private void cadres(Table t, Map<String, Integer> postCounts, Table postTable) {
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (XlsxReader.Row row : t.rows()) {
            int before = problems.size();
            String code = code(t, row, CADRE_CODE);
            if (code != null && code.length() > 32) {
                problem(t, row, CADRE_CODE, NLS.bind(JurisdictionMessages.too_long, 32));
                code = null;
            }
            String name = text(t, row, CADRE_NAME, true, 64);
            String org = code(t, row, CADRE_ORG);
            String post = text(t, row, CADRE_POST, false, 64);
            if (code != null) {
                Integer first = firstRow.putIfAbsent(code, row.number());
                if (first != null) {
                    problem(t, row, CADRE_CODE, NLS.bind(JurisdictionMessages.duplicate_cadre, code, first));
                } else if (state.foreignCadres.containsKey(code)) {
                    problem(t, row, CADRE_CODE, NLS.bind(JurisdictionMessages.code_taken,
                            new Object[] { code, state.foreignCadres.get(code), "" }));
                }
            }
            if (org != null && !isOrg(org)) {
                problem(t, row, CADRE_ORG, NLS.bind(JurisdictionMessages.no_org, org));
            }
            if (org != null && post != null) {
                if (!isTownship(org)) {
                    problem(t, row, CADRE_POST, NLS.bind(JurisdictionMessages.post_not_township, org));
                } else if (!postCounts.containsKey(org + "\t" + post)) {
                    problem(t, row, CADRE_POST, NLS.bind(JurisdictionMessages.no_post, org, post));
                } else {
                    holders.merge(org + "\t" + post, 1, Integer::sum);
                }
            }
            Rank rank = null;
            String r = text(t, row, RANK, true, 32);
            if (r != null && (rank = rank(r).orElse(null)) == null) {
                problem(t, row, RANK, NLS.bind(JurisdictionMessages.unknown_rank, r));
            }
            CadreRole role = null;
            String ro = text(t, row, ROLE, true, 64);
            if (ro != null && (role = role(ro).orElse(null)) == null) {
                problem(t, row, ROLE, NLS.bind(JurisdictionMessages.unknown_role, ro));
            }
            boolean[] badDate = { false };
            LocalDate since = date(t, row, SINCE, badDate).orElse(null);
            String dest = text(t, row, SEC_DEST, false, 128);
            LocalDate start = date(t, row, SEC_START, badDate).orElse(null);
            LocalDate end = date(t, row, SEC_END, badDate).orElse(null);
            String reason = text(t, row, SEC_REASON, false, 256);
            if (!badDate[0]) {
                if (dest == null && (start != null || end != null || reason != null)) {
                    problem(t, row, SEC_DEST, JurisdictionMessages.required);
                }
                if (dest != null && start == null) {
                    problem(t, row, SEC_START, JurisdictionMessages.required);
                }
                if (start != null && end != null && end.isBefore(start)) {
                    problem(t, row, SEC_END, NLS.bind(JurisdictionMessages.end_before_start, end, start));
                }
            }
            if (problems.size() == before) {
                wb.cadres.put(code, new CadreRow(row.number(), code, name, org, post, rank, role, since, dest, start, end, reason));
            }
        }
        for (PostRow p : wb.posts) {
            int n = holders.getOrDefault(p.townshipCode() + "\t" + p.title(), 0);
            if (n > p.count()) {
                problems.add(new Problem(postTable.sheet(), p.row(), POST_COUNT, NLS.bind(JurisdictionMessages.over_filled,
                        new Object[] { n, p.title(), p.townshipCode(), p.count() })));
            }
        }
    }

    /** Any node of the workbook, or an open node of this county (the county itself too). */
    private boolean isOrg(String code) {
        if (wb.nodes.containsKey(code)) {
            return true;
        }
        OrgNode n = state.nodes.get(code);
        return n != null && !n.isClosed();
    }
}
