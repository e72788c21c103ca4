package org.jiandu.training.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.jiandu.training.TrainingValidationException;

/**
 * What every part of the training service shares: the module's tables, the jurisdiction's cadres and names, and the
 * audit log (a change and its entry go through the same entity manager, so they commit together).
 */
final class TrainingContext {

    final TrainingStore store;
    final OrgService orgs;
    final AuditLog audit;

    TrainingContext(TrainingStore store, OrgService orgs, AuditLog audit) {
        this.store = store;
        this.orgs = orgs;
        this.audit = audit;
    }

    Database db() {
        return store.db();
    }

    CadreView cadre(Subject subject, String code) {
        return cadres(subject).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_cadre, code))));
    }

    List<CadreView> cadres(Subject subject) {
        return orgs.cadres(subject, null, Integer.MAX_VALUE);
    }

    /** Names of the given township/county codes, looked up once each. */
    Map<String, String> names(Subject subject, Set<String> codes) {
        Map<String, String> m = new HashMap<>();
        for (String code : codes) {
            // a county's own cadres (commission staff, stationed groups) show as the county's own level
            m.put(code, orgs.find(subject, code).map(o -> o.level() == OrgLevel.COUNTY
                    ? TrainingMessages.bind(TrainingMessages.county_level, o.name()) : o.name()).orElse(code));
        }
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
