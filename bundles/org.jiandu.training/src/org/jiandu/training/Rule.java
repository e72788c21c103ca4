package org.jiandu.training;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.model.CadreRole;

/**
 * A configurable training requirement. Which fields matter depends on the {@link RequirementKind}: {@code amount}
 * is hours for {@link RequirementKind#HOURS_PER_YEAR} and days to the deadline for the regulation, re-election and
 * pre-job rules; {@code validDays} is how long passed pre-job theory counts before graduation; {@code postDays} the
 * minimum days per rotation post; {@code appliesFrom} the first start date the pre-job pipeline applies to.
 *
 * @param dueSoonDays how many days before a deadline a requirement turns "due soon"
 * @param roles       the cadre roles the rule applies to
 */
public record Rule(long id, long version, String code, RequirementKind kind, int amount, int dueSoonDays, int validDays,
        Set<CadreRole> roles, Map<RotationPost, Integer> postDays, LocalDate appliesFrom, boolean active) {

    public Rule {
        roles = Set.copyOf(roles);
        postDays = postDays == null ? Map.of() : Map.copyOf(postDays);
    }

    public Rule withAmount(int newAmount) {
        return new Rule(id, version, code, kind, newAmount, dueSoonDays, validDays, roles, postDays, appliesFrom, active);
    }

    public Rule withActive(boolean on) {
        return new Rule(id, version, code, kind, amount, dueSoonDays, validDays, roles, postDays, appliesFrom, on);
    }

    public Rule withPostDays(Map<RotationPost, Integer> days) {
        return new Rule(id, version, code, kind, amount, dueSoonDays, validDays, roles, days, appliesFrom, active);
    }
}
