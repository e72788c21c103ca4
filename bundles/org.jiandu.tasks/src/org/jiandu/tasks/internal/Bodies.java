package org.jiandu.tasks.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.BodyView;

import jakarta.persistence.EntityManager;

/**
 * Which bodies a task goes to: named bodies, organisations of the county that are bodies by themselves (a township's
 * commission, a unit: registered the first time a list names them), every township or unit, a supervision unit's.
 */
final class Bodies {

    static final String ALL = "all", ALL_TOWNSHIPS = "all-townships", ALL_UNITS = "all-units", UNIT_PREFIX = "unit:";

    private final EntityManager em;
    private final OrgNodeView county;
    private final Map<String, TaskBodyEntity> byCode = new LinkedHashMap<>();
    private final List<OrgNodeView> orgs;
    private int registered;

    Bodies(EntityManager em, OrgService orgService, OrgNodeView county) {
        this.em = em;
        this.county = county;
        for (TaskBodyEntity b : em.createQuery("select b from TaskBody b where b.countyCode = :c order by b.code", TaskBodyEntity.class)
                .setParameter("c", county.code()).getResultList()) {
            byCode.put(b.code, b);
        }
        orgs = orgService.children(Subject.system("/"), county.code()).stream().filter(o -> !o.closed()).toList();
    }

    /** The bodies {@code targets} name, each once, in the order named; what names nothing is added to {@code problems}. */
    List<TaskBodyEntity> resolve(List<String> targets, List<String> problems) {
        Map<String, TaskBodyEntity> out = new LinkedHashMap<>();
        for (String raw : targets) {
            String t = raw == null ? "" : raw.strip();
            if (t.equals(ALL) || t.equals(ALL_TOWNSHIPS) || t.equals(ALL_UNITS)) {
                for (OrgNodeView o : orgs) {
                    if (t.equals(ALL) || (o.level() == OrgLevel.TOWNSHIP) == t.equals(ALL_TOWNSHIPS)) {
                        TaskBodyEntity b = ofOrg(o);
                        out.put(b.code, b);
                    }
                }
                if (t.equals(ALL)) {
                    byCode.values().forEach(b -> out.putIfAbsent(b.code, b));
                }
            } else if (t.startsWith(UNIT_PREFIX)) {
                String unit = t.substring(UNIT_PREFIX.length());
                List<TaskBodyEntity> members = byCode.values().stream().filter(b -> unit.equals(b.unitCode)).toList();
                if (members.isEmpty()) {
                    problems.add(TasksMessages.bind(TasksMessages.no_supervision_unit, unit));
                }
                members.forEach(b -> out.put(b.code, b));
            } else if (byCode.containsKey(t)) {
                out.put(t, byCode.get(t));
            } else {
                OrgNodeView o = orgs.stream().filter(x -> x.code().equals(t)).findFirst().orElse(null);
                if (o == null || BodyKind.of(o.level()) == null) {
                    problems.add(TasksMessages.bind(TasksMessages.no_body, t));
                } else {
                    TaskBodyEntity b = ofOrg(o);
                    out.put(b.code, b);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The body an organisation is by itself, registered now when it is not yet. */
    TaskBodyEntity ofOrg(OrgNodeView o) {
        TaskBodyEntity b = byCode.get(o.code());
        if (b == null) {
            b = new TaskBodyEntity();
            b.code = o.code();
            b.countyCode = county.code();
            b.kind = BodyKind.of(o.level());
            // stored data, named as the county names it, whatever the language of the screen
            b.name = b.kind == BodyKind.TOWNSHIP_COMMISSION ? o.name() + "纪委" : o.name();
            b.orgCode = o.code();
            b.orgPath = o.path();
            em.persist(b);
            byCode.put(b.code, b);
            registered++;
        }
        return b;
    }

    /** For the audit entry of the change that used them: how many bodies were registered on the way. */
    String registeredNote() {
        return registered == 0 ? "" : ", bodies registered: " + registered;
    }

    /** The organisation a body belongs to (its scope). */
    static String orgCode(EntityManager em, String bodyCode) {
        return em.createQuery("select b.orgCode from TaskBody b where b.code = :b", String.class).setParameter("b", bodyCode)
                .getSingleResult();
    }

    /** Views of bodies, with their supervision units' names. */
    static List<BodyView> views(EntityManager em, List<TaskBodyEntity> bodies) {
        Map<String, String> units = new HashMap<>();
        em.createQuery("select u from SupervisionUnit u", SupervisionUnitEntity.class).getResultList()
                .forEach(u -> units.put(u.code, u.name));
        return bodies.stream().map(b -> new BodyView(b.code, b.name, b.kind, b.orgCode, b.unitCode, b.unitCode == null ? null
                : units.get(b.unitCode), b.leader)).toList();
    }
}
