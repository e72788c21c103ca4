package org.jiandu.training.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RotationPost;
import org.jiandu.training.Rule;
import org.jiandu.training.TrainingValidationException;

/**
 * The training requirements' rules: the city's, each replaced by a county's own of its kind for the county's cadres,
 * and their changes (a county changing the city's rule gets its own copy).
 */
final class Rules {

    private final TrainingContext ctx;

    Rules(TrainingContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The rules in force for the subject's scope: the city's, each replaced by the county's own of its kind when the
     * scope lies in a county that has one.
     */
    List<Rule> rules(Subject subject) {
        return rulesFor(all(), subject.scopePath());
    }

    List<TrainingRule> all() {
        return ctx.db().read(em -> em.createQuery("select r from TrainingRule r order by r.id", TrainingRule.class).getResultList());
    }

    /** Per kind the rule whose owner covers {@code path} most closely (a county's own before the city's). */
    static List<Rule> rulesFor(List<TrainingRule> all, String path) {
        Map<RequirementKind, TrainingRule> best = new EnumMap<>(RequirementKind.class);
        for (TrainingRule r : all) {
            if (r.ownerPath == null || (path != null && path.startsWith(r.ownerPath))) {
                best.merge(r.kind, r, (a, b) -> ownerDepth(b) > ownerDepth(a) ? b : a);
            }
        }
        return best.values().stream().sorted(Comparator.comparingLong((TrainingRule r) -> r.id)).map(Rules::rule).toList();
    }

    private static int ownerDepth(TrainingRule r) {
        return r.ownerPath == null ? 0 : r.ownerPath.length();
    }

    static Rule rule(TrainingRule r) {
        Set<CadreRole> roles = EnumSet.noneOf(CadreRole.class);
        for (String s : r.roles.split(",")) {
            if (!s.isBlank()) {
                roles.add(CadreRole.valueOf(s.strip()));
            }
        }
        Map<RotationPost, Integer> posts = new EnumMap<>(RotationPost.class);
        if (r.postDays != null) {
            for (String s : r.postDays.split(",")) {
                String[] kv = s.split(":");
                if (kv.length == 2) {
                    posts.put(RotationPost.valueOf(kv[0].strip()), Integer.parseInt(kv[1].strip()));
                }
            }
        }
        return new Rule(r.id, r.version, r.code, r.kind, r.amount, r.dueSoonDays, r.validDays, roles, posts, r.appliesFrom, r.active);
    }

    static Rule rule(List<Rule> rules, RequirementKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow(
                () -> new IllegalStateException("no " + kind + " rule is configured"));
    }

    private static String describe(Rule r) {
        return "amount=" + r.amount() + " dueSoon=" + r.dueSoonDays() + " validDays=" + r.validDays() + " active=" + r.active()
                + " roles=" + r.roles().stream().map(Enum::name).sorted().toList()
                + (r.postDays().isEmpty() ? "" : " posts=" + r.postDays())
                + (r.appliesFrom() == null ? "" : " from=" + r.appliesFrom());
    }

    Rule saveRule(Subject subject, Rule rule) {
        TrainingAccess.checkRuleEditor(subject);
        List<String> p = new ArrayList<>();
        if (rule.amount() < 1 || rule.amount() > 3650) {
            p.add(TrainingMessages.f_amount + ": " + TrainingMessages.bind(TrainingMessages.amount_range, rule.amount()));
        }
        if (rule.dueSoonDays() < 0 || rule.dueSoonDays() > 365) {
            p.add(TrainingMessages.f_due_soon + ": " + TrainingMessages.bind(TrainingMessages.amount_range, rule.dueSoonDays()));
        }
        if (rule.roles().isEmpty()) {
            p.add(TrainingMessages.f_roles + ": " + TrainingMessages.required);
        }
        rule.postDays().forEach((post, days) -> {
            if (days < 0 || days > 365) {
                p.add(TrainingMessages.label(post.chinese(), post) + ": " + TrainingMessages.bind(TrainingMessages.amount_range, days));
            }
        });
        if (!p.isEmpty()) {
            throw new TrainingValidationException(p);
        }
        Rule[] was = new Rule[1];
        String owner = TrainingAccess.ownerFor(subject);
        Rule saved = ctx.db().tx(em -> {
            TrainingRule found = em.find(TrainingRule.class, rule.id());
            if (found == null) {
                throw new TrainingValidationException(List.of(TrainingMessages.bind(TrainingMessages.no_rule, rule.code())));
            }
            if (found.version != rule.version()) {
                throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale, rule.code()));
            }
            if (found.ownerPath != null && !subject.covers(found.ownerPath)) {
                throw new AccessDeniedException(TrainingMessages.bind(TrainingMessages.may_not_change_rules, subject.username()));
            }
            was[0] = rule(found);
            TrainingRule r = found;
            if (found.ownerPath == null && owner != null) {
                // a county changes the city's rule for its own cadres only: its own rule of that kind
                if (em.createQuery("select count(r) from TrainingRule r where r.code = :c and r.ownerPath = :o", Long.class)
                        .setParameter("c", found.code).setParameter("o", owner).getSingleResult() > 0) {
                    // the county has its own rule since this one was read: the caller saw a rule no longer in force
                    throw new StaleDataException(TrainingMessages.bind(TrainingMessages.stale, rule.code()));
                }
                r = new TrainingRule();
                r.code = found.code;
                r.kind = found.kind;
                r.ownerPath = owner;
                em.persist(r);
            }
            r.amount = rule.amount();
            r.dueSoonDays = rule.dueSoonDays();
            r.validDays = rule.validDays();
            r.roles = String.join(",", rule.roles().stream().map(Enum::name).sorted().toList());
            r.postDays = rule.postDays().isEmpty() ? null : String.join(",", rule.postDays().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey().name() + ":" + e.getValue()).toList());
            r.appliesFrom = rule.appliesFrom();
            r.active = rule.active();
            r.updatedBy = subject.username();
            r.updatedAt = Instant.now();
            em.flush();
            Rule now = rule(r);
            ctx.audit.append(em, subject, AuditLog.CHANGE, "training-rule:" + rule.code() + "@" + (owner == null ? "city" : owner),
                    describe(now) + " (was " + describe(was[0]) + ")");
            return now;
        });
        return saved;
    }
}
