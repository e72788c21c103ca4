package org.jiandu.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliance of every active cadre in scope for a calendar year, evaluated as of a date (the year's end for a past
 * year). Cadres no rule applies to are counted as active but listed nowhere.
 */
public record ComplianceReport(int year, LocalDate asOf, String scopeName, int activeCadres, List<CadreCompliance> cadres) {

    public long compliant() {
        return cadres.stream().filter(CadreCompliance::compliant).count();
    }

    /** Cadres whose outcome for the kind is not done. */
    public List<CadreCompliance> missing(RequirementKind kind) {
        return cadres.stream().filter(c -> {
            var o = c.outcome(kind);
            return o != null && o.status() != RequirementStatus.DONE;
        }).toList();
    }
}
