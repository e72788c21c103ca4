package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.core.Hashes;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;
import org.jiandu.core.security.Subject;

/** The module's sheets (Excel or PDF by the file's name): coverage, the list of creations, one evaluation's score sheet. */
final class CleanUnitExports {

    private final CleanUnitContext ctx;
    private final Standards standards;
    private final Creations creations;
    private final Coverage coverage;

    CleanUnitExports(CleanUnitContext ctx, Standards standards, Creations creations, Coverage coverage) {
        this.ctx = ctx;
        this.standards = standards;
        this.creations = creations;
        this.coverage = coverage;
    }

    /** An export's audit detail: the file's name and the SHA-256 of what was written. */
    private static String written(Path file) throws IOException {
        return file.getFileName() + " sha256=" + Hashes.sha256(Files.readAllBytes(file));
    }

    void exportCoverage(Subject subject, int year, Path file) throws IOException {
        List<CoverageRow> rows = coverage.coverage(subject, year);
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(CuMessages.h_group, CuMessages.h_kind, CuMessages.h_eligible, CuMessages.h_declared, CuMessages.h_in_process,
                CuMessages.h_published, CuMessages.h_under_review, CuMessages.h_revoked, CuMessages.h_meeting, CuMessages.h_target,
                CuMessages.h_coverage, CuMessages.h_due));
        for (CoverageRow r : rows) {
            sheet.add(Arrays.asList(r.groupName() == null ? CuMessages.total : r.groupName(), r.kind() == null ? CuMessages.all_kinds
                    : r.kind().label(), r.eligible(), r.declared(), r.inProcess(), r.published(), r.underReview(), r.revoked(),
                    r.meeting(), r.targetPercent() + "%", r.coveragePercent() + "%", r.monitoringDue()));
        }
        PdfReport.writeSheets(file, CuMessages.bind(CuMessages.x_coverage_title, year), List.of(new XlsxWriter.Sheet(CuMessages.x_coverage,
                sheet)));
        ctx.audit.append(subject, AuditLog.EXPORT, "cleanunit-coverage:" + year, written(file) + ", " + rows.size() + " rows");
    }

    void exportCreations(Subject subject, CreationFilter filter, Path file) throws IOException {
        List<CreationView> list = creations.creations(subject, filter);
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(CuMessages.h_unit, CuMessages.h_code, CuMessages.h_kind, CuMessages.h_group, CuMessages.h_status,
                CuMessages.h_tier, CuMessages.h_declared_on, CuMessages.h_latest, CuMessages.h_site));
        for (CreationView c : list) {
            sheet.add(Arrays.asList(c.unitName(), c.unitCode(), c.kind().label(), c.groupName(), c.status().label(),
                    c.tier() == null ? "" : c.tier(), c.declaredOn().toString(), Double.isNaN(c.latestTotal()) ? "" : c.latestTotal(),
                    c.site() ? CuMessages.site_label : c.siteName() == null ? "" : c.siteName()));
        }
        PdfReport.writeSheets(file, CuMessages.x_creations_title, List.of(new XlsxWriter.Sheet(CuMessages.x_creations, sheet)));
        ctx.audit.append(subject, AuditLog.EXPORT, "cleanunit-creations", written(file) + ", " + list.size() + " units");
    }

    void exportScoreSheet(Subject subject, long evaluationId, Path file) throws IOException {
        record Sheet(CreationView creation, EvaluationView evaluation, IndicatorSet set, Map<String, List<String>> evidence) {
        }
        Sheet s = ctx.db().read(em -> {
            Evaluation e = em.find(Evaluation.class, evaluationId);
            if (e == null) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_evaluation, evaluationId));
            }
            Creation c = CleanUnitContext.creation(em, subject, e.creationId);
            IndicatorSet set = standards.set(em, e.standardId);
            Map<String, List<String>> ev = new HashMap<>();
            em.createQuery("select e from CuEvidence e where e.creationId = :c", Evidence.class).setParameter("c", c.id).getResultStream()
                    .forEach(x -> ev.computeIfAbsent(x.indicator, k -> new ArrayList<>()).add(x.fileName));
            return new Sheet(Creations.views(em, List.of(c)).get(0), Evaluations.view(e, set), set, ev);
        });
        EvaluationView e = s.evaluation();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(CuMessages.h_area, CuMessages.h_indicator, CuMessages.h_text, CuMessages.h_max, CuMessages.h_points,
                CuMessages.h_note, CuMessages.h_evidence));
        Map<String, EvaluationView.Score> scores = new HashMap<>();
        e.scores().forEach(x -> scores.put(x.indicator(), x));
        for (IndicatorSet.Indicator i : s.set().indicators()) {
            EvaluationView.Score x = scores.get(i.code());
            rows.add(Arrays.asList(i.area(), i.code(), i.name(), i.maxPoints(), x == null ? "" : x.points(),
                    x == null || x.note() == null ? ""
                            : x.note(), String.join(CuMessages.sep, s.evidence().getOrDefault(i.code(), List.of()))));
        }
        rows.add(Arrays.asList("", "", CuMessages.h_bonus, s.set().bonusCap(), e.bonus(), "", ""));
        rows.add(Arrays.asList("", "", CuMessages.h_total, s.set().maxTotal(), e.total(), e.passed() ? CuMessages.passed
                : CuMessages.failed + (e.knockOuts().isEmpty() ? "" : " " + String.join(",", e.knockOuts())), e.tier() == null ? ""
                : e.tier()));
        String title = CuMessages.bind(CuMessages.x_score_title, new Object[] { s.creation().unitName(), e.stage().label(), e.year(),
                s.set().title(), e.standardVersion() });
        PdfReport.writeSheets(file, title, List.of(new XlsxWriter.Sheet(CuMessages.x_score, rows)));
        ctx.audit.append(subject, AuditLog.EXPORT, "cleanunit:" + e.creationId(), "score sheet " + evaluationId + " " + written(file));
    }
}
