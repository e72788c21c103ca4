package org.jiandu.training;

import java.util.List;

import org.jiandu.core.model.CadreRole;
import org.jiandu.training.rules.Outcome;

/** One cadre's standing against every rule that applies to them; compliant when all are done. */
public record CadreCompliance(String cadreCode, String cadreName, String townshipCode, String townshipName,
        CadreRole role, List<Outcome> outcomes) {

    public boolean compliant() {
        return outcomes.stream().allMatch(o -> o.status() == RequirementStatus.DONE);
    }

    public Outcome outcome(RequirementKind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).findFirst().orElse(null);
    }
}
