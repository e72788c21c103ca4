package org.jiandu.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jiandu.core.CadreView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.TrainingService;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.CadreFacts;
import org.jiandu.training.rules.ComplianceEvaluator;
import org.jiandu.training.rules.Outcome;

/**
 * Which cadres meet their training requirements: the yearly reports of a scope (each cadre under their county's
 * rules) and one cadre's transcript. Every report read is audited.
 */
final class Compliance {

    private final TrainingContext ctx;
    private final Rules rules;
    private final Rotations rotations;

    Compliance(TrainingContext ctx, Rules rules, Rotations rotations) {
        this.ctx = ctx;
        this.rules = rules;
        this.rotations = rotations;
    }

    ComplianceReport compliance(Subject subject, int year, LocalDate asOf) {
        return compliance(subject, Map.of(year, asOf)).get(0);
    }

    List<ComplianceReport> compliance(Subject subject, int fromYear, int toYear) {
        Map<Integer, LocalDate> years = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.put(y, TrainingService.asOf(y));
        }
        return compliance(subject, years);
    }

    /** One report per year (as of its date), from facts read once. */
    private List<ComplianceReport> compliance(Subject subject, Map<Integer, LocalDate> years) {
        List<CadreView> all = ctx.cadres(subject);
        List<TrainingRule> ruleRows = rules.all();
        Facts f = Facts.read(ctx, subject, all);
        Map<String, ComplianceEvaluator> byCounty = new HashMap<>();
        Function<CadreFacts, ComplianceEvaluator> eval = c -> byCounty.computeIfAbsent(OrgPaths.countyPath(c.orgPath()),
                p -> new ComplianceEvaluator(Rules.rulesFor(ruleRows, p), f.regulations(), f.reelections()));
        Set<String> townships = new HashSet<>();
        f.cadres().forEach(c -> townships.add(c.townshipCode()));
        Map<String, String> names = ctx.names(subject, townships);
        List<ComplianceReport> reports = new ArrayList<>();
        years.forEach((year, asOf) -> reports.add(report(subject, eval, f, names, year, asOf)));
        return reports;
    }

    private ComplianceReport report(Subject subject, Function<CadreFacts, ComplianceEvaluator> eval, Facts f, Map<String, String> names,
            int year, LocalDate asOf) {
        List<CadreCompliance> rows = new ArrayList<>();
        int active = 0;
        for (CadreFacts c : f.cadres()) {
            if (!c.active() || (c.since() != null && c.since().isAfter(asOf))) {
                continue;
            }
            active++;
            List<Outcome> outcomes = eval.apply(c).evaluate(c, year, asOf);
            if (!outcomes.isEmpty()) {
                rows.add(new CadreCompliance(c.code(), c.name(), c.townshipCode(), names.get(c.townshipCode()), c.role(), outcomes));
            }
        }
        rows.sort(Comparator.comparing(CadreCompliance::townshipCode).thenComparing(CadreCompliance::cadreCode));
        ctx.audit.append(subject, AuditLog.READ, "training-compliance:" + year, "asOf=" + asOf + " cadres=" + rows.size());
        return new ComplianceReport(year, asOf, subject.scopeName(), active, rows);
    }

    Transcript transcript(Subject subject, String cadreCode, LocalDate asOf) {
        CadreView c = ctx.cadre(subject, cadreCode);
        Facts f = Facts.read(ctx, subject, List.of(c));
        ComplianceEvaluator eval = new ComplianceEvaluator(Rules.rulesFor(rules.all(), c.orgPath()), f.regulations(), f.reelections());
        List<EnrolmentView> sessions = ctx.db().read(em -> em.createQuery("select e from Enrolment e join fetch e.session s"
                + " join fetch s.course where e.cadreCode = :c and e.current = true order by s.startOn", Enrolment.class)
                .setParameter("c", cadreCode).getResultList().stream().map(Enrolments::view).toList());
        ctx.audit.append(subject, AuditLog.READ, "training-transcript:" + cadreCode, null);
        return new Transcript(c, asOf, f.cadres().get(0).postedOn(), sessions, rotations.rotationViews(subject, cadreCode),
                eval.evaluate(f.cadres().get(0), asOf.getYear(), asOf));
    }
}
