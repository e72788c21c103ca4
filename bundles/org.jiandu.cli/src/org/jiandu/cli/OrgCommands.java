package org.jiandu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.OutputFile;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.OrgService;
import org.jiandu.core.OrgStats;
import org.jiandu.core.SetupService;
import org.jiandu.core.jurisdiction.Change;
import org.jiandu.core.jurisdiction.HistoryEntry;
import org.jiandu.core.jurisdiction.JurisdictionCheck;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.jurisdiction.JurisdictionWorkbook;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.office.XlsxReader;

/**
 * {@code jiandu org stats|import|add|rename|move|close|reopen|history}, {@code jiandu cadre hire|transfer|second|return|leave}
 * and {@code jiandu template jurisdiction}: the county's own jurisdiction.
 */
final class OrgCommands {

    private OrgCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("org needs a subcommand: stats, import, add, rename, move, close, reopen, history");
        }
        return switch (sub) {
            case "stats" -> stats(cli, args);
            case "import" -> importFile(cli, args);
            case "add" -> edit(cli, args, Set.of("name", "parent", "kind"), (j, s, a, code) -> {
                String parent = a.option("parent") != null ? a.option("parent") : county(cli, a);
                UnitKind kind = a.option("kind") == null ? null : JurisdictionWorkbook.unitKind(a.option("kind"))
                        .orElseThrow(() -> new UsageException("--kind is one of 机关, 企业, 学校, 医院"
                                + " (or DEPARTMENT, ENTERPRISE, SCHOOL, HOSPITAL)"));
                OrgLevel level = kind != null ? OrgLevel.UNIT : parent.equals(county(cli, a)) ? OrgLevel.TOWNSHIP : OrgLevel.VILLAGE;
                return j.addNode(s, level, code, required(a, "name"), parent, kind);
            });
            case "rename" -> edit(cli, args, Set.of("name"), (j, s, a, code) -> j.renameNode(s, code, required(a, "name")));
            case "move" -> edit(cli, args, Set.of("to"), (j, s, a, code) -> j.moveNode(s, code, required(a, "to")));
            case "close" -> edit(cli, args, Set.of("on"), (j, s, a, code) -> j.closeNode(s, code, date(a, "on")));
            case "reopen" -> edit(cli, args, Set.of(), (j, s, a, code) -> j.reopenNode(s, code));
            case "history" -> history(cli, args);
            default -> throw new UsageException("unknown 'org " + sub
                    + "'; one of: stats, import, add, rename, move, close, reopen, history");
        };
    }

    static int cadre(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("cadre needs a subcommand: hire, transfer, second, return, leave");
        }
        return switch (sub) {
            case "hire" -> edit(cli, args, Set.of("name", "org", "rank", "role", "since"), (j, s, a, code) -> j.hire(s, code,
                    required(a, "name"), required(a, "org"),
                    JurisdictionWorkbook.rank(required(a, "rank")).orElseThrow(() -> new UsageException(
                            "--rank is one of 处级, 科级, 科员, 村干部 (or DIVISION, SECTION, STAFF, VILLAGE)")),
                    JurisdictionWorkbook.role(required(a, "role")).orElseThrow(() -> new UsageException(
                            "--role is one of 镇纪委书记, 专职纪检监察干部, 村务监督委员会主任, 廉勤监督员, 派驻纪检监察组成员 (or the English names)")),
                    date(a, "since")));
            case "transfer" -> edit(cli, args, Set.of("to", "on"),
                    (j, s, a, code) -> j.transfer(s, code, required(a, "to"), date(a, "on")));
            case "second" -> edit(cli, args, Set.of("to", "start", "reason"), (j, s, a, code) -> j.second(s, code,
                    required(a, "to"), date(a, "start") == null ? LocalDate.now() : date(a, "start"), a.option("reason")));
            case "return" -> edit(cli, args, Set.of("on"), (j, s, a, code) -> j.returnFromSecondment(s, code, date(a, "on")));
            case "leave" -> edit(cli, args, Set.of("on"), (j, s, a, code) -> j.leave(s, code, date(a, "on")));
            default -> throw new UsageException("unknown 'cadre " + sub + "'; one of: hire, transfer, second, return, leave");
        };
    }

    /** {@code jiandu template jurisdiction --out FILE.xlsx}: the workbook a county fills in (no database needed). */
    static int template(CliContext cli, Args args) {
        args.allow(Set.of("out", "data", "db-url", "user", "json", "county", "nl", "help"));
        if (!"jurisdiction".equals(args.command(1))) {
            throw new UsageException("template needs: jurisdiction --out FILE.xlsx");
        }
        String out = args.option("out");
        if (out == null) {
            throw new UsageException("template jurisdiction needs --out FILE.xlsx");
        }
        Path file = cli.path(out);
        OutputFile.write(file, JurisdictionWorkbook::writeTemplate);
        cli.out().println("wrote " + file + ": sheets " + String.join(", ", JurisdictionWorkbook.SHEETS.keySet())
                + "; fill in from row 3, then: jiandu org import " + file + " --dry-run");
        return ExitCode.OK;
    }

    private static int stats(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            String county = a.option("county");
            OrgStats s = cli.service(OrgService.class).stats(subject, county == null ? null : CountyProfile.require(county).id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("counties", s.counties());
            m.put("townships", s.townships());
            m.put("villages", s.villages());
            m.put("units", s.units());
            m.put("cadres", s.cadres());
            m.put("authorizedPosts", s.authorizedPosts());
            m.put("vacancies", s.vacancies());
            m.put("secondedLongTerm", s.secondedLongTerm());
            m.put("demo", cli.service(SetupService.class).state().isDemo());
            if (a.flag("json")) {
                cli.out().println(cli.json(m));
            } else {
                m.forEach((k, v) -> cli.out().printf("%-18s %s%n", k, v));
            }
            return ExitCode.OK;
        });
    }

    private static String county(CliContext cli, Args a) {
        return cli.installation(a).county().id();
    }

    private static int importFile(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("dry-run"), true, (subject, a) -> {
            String file = a.command(2);
            if (file == null) {
                throw new UsageException("org import needs FILE.xlsx");
            }
            if (!Files.isRegularFile(cli.path(file))) {
                throw new CliFailure(ExitCode.ERROR, "no file " + file);
            }
            boolean dryRun = a.flag("dry-run");
            JurisdictionCheck r;
            try {
                r = cli.service(JurisdictionService.class).importWorkbook(subject, county(cli, a), cli.path(file), !dryRun);
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CHECK_FAILED, "cannot read " + file + ": " + e.getMessage());
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(json(r, dryRun)));
            } else {
                print(cli, r, dryRun);
            }
            return r.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        });
    }

    /** {"ok","applied","dryRun","rows","problems":[{sheet,row,column,message}],"counts":{…},"changes":[…]} */
    private static Map<String, Object> json(JurisdictionCheck r, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", r.ok());
        m.put("applied", r.applied());
        m.put("dryRun", dryRun);
        m.put("rows", r.rows());
        m.put("problems", r.problems().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("sheet", p.sheet());
            pm.put("row", p.row());
            pm.put("column", p.column());
            pm.put("message", p.message());
            return pm;
        }).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k.name().toLowerCase(Locale.ROOT), r.count(k));
        }
        m.put("counts", counts);
        m.put("changes", r.changes().stream().map(OrgCommands::json).toList());
        return m;
    }

    private static Map<String, Object> json(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", c.subject().name().toLowerCase(Locale.ROOT));
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("field", c.field());
        m.put("old", c.oldValue());
        m.put("new", c.newValue());
        return m;
    }

    private static void print(CliContext cli, JurisdictionCheck r, boolean dryRun) {
        if (!r.ok()) {
            cli.out().printf("nothing imported: %d problems in %d rows (fix them and import again)%n", r.problems().size(), r.rows());
            r.problems().forEach(p -> cli.out().println("  " + p));
            return;
        }
        cli.out().printf("%d rows: %d new, %d changed, %d closed, %d reopened%s%n", r.rows(), r.count(ChangeKind.NEW),
                r.count(ChangeKind.CHANGED), r.count(ChangeKind.CLOSED), r.count(ChangeKind.REOPENED),
                r.changes().isEmpty() ? " (the database already holds this workbook)"
                        : dryRun ? " (dry run: nothing written)" : " (applied)");
        r.changes().forEach(c -> cli.out().println("  " + line(c)));
    }

    private static String line(Change c) {
        String what = switch (c.kind()) {
            case NEW -> "new      ";
            case CHANGED -> "changed  ";
            case CLOSED -> c.subject() == org.jiandu.core.model.OrgChange.SubjectKind.CADRE ? "left     " : "closed   ";
            case REOPENED -> c.subject() == org.jiandu.core.model.OrgChange.SubjectKind.CADRE ? "back     " : "reopened ";
        };
        return what + c.code() + " " + c.name() + (c.field() == null ? "" : " " + c.field())
                + (c.oldValue() == null && c.newValue() == null ? ""
                        : ": " + (c.oldValue() == null ? "" : c.oldValue()) + " → " + (c.newValue() == null ? "" : c.newValue()));
    }

    private static int history(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException("org history needs a node or cadre code");
            }
            List<HistoryEntry> h = cli.service(JurisdictionService.class).history(subject, code);
            if (a.flag("json")) {
                cli.out().println(cli.json(h.stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("subject", e.subject().name().toLowerCase(Locale.ROOT));
                    m.put("code", e.code());
                    m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                    m.put("field", e.field());
                    m.put("old", e.oldValue());
                    m.put("new", e.newValue());
                    m.put("effective", String.valueOf(e.effectiveOn()));
                    m.put("actor", e.actor());
                    m.put("recordedAt", e.recordedAt().toString());
                    return m;
                }).toList()));
            } else {
                h.forEach(e -> cli.out().printf("%s  %-8s %-9s %s%s  (%s)%n", e.effectiveOn(), e.kind().name().toLowerCase(Locale.ROOT),
                        e.field() == null ? "" : e.field(), e.oldValue() == null ? "" : e.oldValue() + " → ",
                        e.newValue() == null ? "" : e.newValue(), e.actor()));
                if (h.isEmpty()) {
                    cli.out().println("no recorded changes of " + code);
                }
            }
            return ExitCode.OK;
        });
    }

    /** One hand edit of the node or cadre named by the third word. */
    private interface Edit {
        Change run(JurisdictionService j, org.jiandu.core.security.Subject s, Args a, String code);
    }

    private static int edit(CliContext cli, Args args, Set<String> options, Edit edit) {
        return cli.withDatabase(args, options, true, (subject, a) -> {
            String code = a.command(2);
            if (code == null) {
                throw new UsageException(a.command(0) + " " + a.command(1) + " needs a code");
            }
            Change c = edit.run(cli.service(JurisdictionService.class), subject, a, code);
            if (a.flag("json")) {
                cli.out().println(cli.json(json(c)));
            } else {
                cli.out().println(line(c));
            }
            return ExitCode.OK;
        });
    }

    private static String required(Args a, String option) {
        String v = a.option(option);
        if (v == null || v.isBlank()) {
            throw new UsageException("--" + option + " is needed");
        }
        return v;
    }

    private static LocalDate date(Args a, String option) {
        String v = a.option(option);
        if (v == null) {
            return null;
        }
        return XlsxReader.date(v).orElseThrow(() -> new UsageException("--" + option + " needs a date such as 2026-03-15, not '" + v
                + "'"));
    }
}
