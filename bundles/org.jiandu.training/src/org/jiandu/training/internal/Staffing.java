package org.jiandu.training.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jiandu.core.CadreView;
import org.jiandu.core.TownshipStaffing;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.security.Subject;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.TrainingService;
import org.jiandu.training.rules.Outcome;

/** Per township: posts, vacancies, tenure and how many of its staff and village directors are trained, then the scope's total. */
final class Staffing {

    private final TrainingContext ctx;
    private final Compliance compliance;

    Staffing(TrainingContext ctx, Compliance compliance) {
        this.ctx = ctx;
        this.compliance = compliance;
    }

    List<StaffingRow> staffing(Subject subject, int year) {
        return staffing(subject, compliance.compliance(subject, year, TrainingService.asOf(year)));
    }

    /** Staffing with the training coverage of an already evaluated report (exports need both). */
    List<StaffingRow> staffing(Subject subject, ComplianceReport report) {
        LocalDate asOf = report.asOf();
        Map<String, int[]> cov = new HashMap<>(); // trainedAllStaff, heldToAllStaff, directorsTrained, directors
        for (CadreCompliance c : report.cadres()) {
            int[] k = cov.computeIfAbsent(c.townshipCode(), x -> new int[4]);
            Outcome all = c.outcome(RequirementKind.ALL_STAFF_YEARLY);
            if (all != null) {
                k[1]++;
                k[0] += all.status() == RequirementStatus.DONE ? 1 : 0;
            }
            Outcome dir = c.outcome(RequirementKind.VILLAGE_DIRECTOR_YEARLY);
            if (dir != null) {
                k[3]++;
                k[2] += dir.status() == RequirementStatus.DONE ? 1 : 0;
            }
        }
        Map<String, double[]> tenure = new HashMap<>();
        for (CadreView c : ctx.cadres(subject)) {
            if (c.active() && c.since() != null && c.role() != CadreRole.VILLAGE_SUPERVISION_DIRECTOR
                    && c.role() != CadreRole.INTEGRITY_SUPERVISOR) {
                double[] t = tenure.computeIfAbsent(OrgPaths.townshipOf(c.orgPath()), x -> new double[2]);
                t[0] += ChronoUnit.DAYS.between(c.since(), asOf) / 365.25;
                t[1]++;
            }
        }
        List<StaffingRow> rows = new ArrayList<>();
        Map<String, TownshipStaffing> staffing = new LinkedHashMap<>();
        ctx.orgs.staffing(subject, null).forEach(t -> staffing.put(t.code(), t));
        Set<String> codes = new TreeSet<>(cov.keySet());
        codes.addAll(staffing.keySet());
        Map<String, String> names = ctx.names(subject, codes);
        for (String code : codes) {
            TownshipStaffing t = staffing.get(code);
            int[] k = cov.getOrDefault(code, new int[4]);
            double[] te = tenure.getOrDefault(code, new double[2]);
            rows.add(new StaffingRow(code, names.get(code), t == null ? 0 : t.authorizedPosts(), t == null ? 0 : t.filled(),
                    t == null ? 0 : t.vacancies(), t == null ? 0 : t.secondedLongTerm(), te[1] == 0 ? 0 : te[0] / te[1],
                    k[0], k[1], k[2], k[3]));
        }
        // the whole scope last: sums, and the tenure averaged over people, not townships
        double years = tenure.values().stream().mapToDouble(t -> t[0]).sum(),
                people = tenure.values().stream().mapToDouble(t -> t[1]).sum();
        rows.add(new StaffingRow(subject.scopeCode(), TrainingMessages.total, rows.stream().mapToInt(StaffingRow::authorizedPosts).sum(),
                rows.stream().mapToInt(StaffingRow::filled).sum(), rows.stream().mapToInt(StaffingRow::vacancies).sum(),
                rows.stream().mapToInt(StaffingRow::secondedLongTerm).sum(), people == 0 ? 0 : years / people,
                rows.stream().mapToInt(StaffingRow::trainedAllStaff).sum(), rows.stream().mapToInt(StaffingRow::heldToAllStaff).sum(),
                rows.stream().mapToInt(StaffingRow::directorsTrained).sum(), rows.stream().mapToInt(StaffingRow::directors).sum()));
        return rows;
    }
}
