package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.tasks.Period;
import org.jiandu.tasks.PeriodScores;
import org.jiandu.tasks.PeriodScores.BodyScore;
import org.jiandu.tasks.Ranking;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.ScoringScheme;
import org.jiandu.tasks.TaskFacts;
import org.jiandu.tasks.TaskReport;
import org.jiandu.tasks.WarningPolicy;

import jakarta.persistence.EntityManager;

/** Scoring scheme versions, bonuses, a period's scores and ranking, and its published (frozen) rankings. */
final class Scores {

    private static final BigDecimal MAX_BONUS = BigDecimal.valueOf(1000);

    private final TasksStore store;
    private final TaskAccess access;
    private final AuditLog audit;

    Scores(TasksStore store, TaskAccess access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    List<ScoringScheme> schemes(Subject subject, String countyCode) {
        TaskAccess.reader(subject);
        OrgNodeView county = access.county(subject, countyCode);
        return store.db().read(em -> versions(em, county.code()));
    }

    static List<ScoringScheme> versions(EntityManager em, String county) {
        return em.createQuery("select s from Scheme s where s.countyCode = :c order by s.versionNo", SchemeEntity.class)
                .setParameter("c", county).getResultList().stream().map(SchemeEntity::scheme).toList();
    }

    ScoringScheme publishScheme(Subject subject, String countyCode, ScoringScheme d) {
        OrgNodeView county = access.issuer(subject, countyCode);
        return store.db().tx(em -> {
            List<ScoringScheme> old = versions(em, county.code());
            ScoringScheme last = old.isEmpty() ? null : old.get(old.size() - 1);
            List<String> p = new ArrayList<>();
            if (d.from() == null) {
                p.add(TasksMessages.no_date);
            } else if (last != null && (!d.from().isAfter(last.from()) || d.from().isBefore(LocalDate.now()))) {
                // a later version never rescores a task already due, nor a period already frozen with the one before
                p.add(TasksMessages.bind(TasksMessages.scheme_from, d.from(), last.from()));
            }
            ScoringScheme s = null;
            try {
                s = new ScoringScheme(last == null ? 1 : last.version() + 1, d.from(), d.latePerDay(), d.lateFloor(), d.perReturn(),
                        d.failedShare(), d.missedShare(), d.bonusCap());
            } catch (IllegalArgumentException | NullPointerException e) {
                p.add(TasksMessages.scheme_shares);
            }
            if (!p.isEmpty()) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.scheme_refused, String.join("; ", p)));
            }
            SchemeEntity e = new SchemeEntity();
            e.countyCode = county.code();
            e.versionNo = s.version();
            e.fromOn = s.from();
            e.latePerDay = s.latePerDay();
            e.lateFloor = s.lateFloor();
            e.perReturn = s.perReturn();
            e.failedShare = s.failedShare();
            e.missedShare = s.missedShare();
            e.bonusCap = s.bonusCap();
            e.publishedBy = subject.username();
            e.publishedAt = Instant.now();
            em.persist(e);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-scheme:" + county.code() + ":" + s.version(), s.toString());
            return s;
        });
    }

    void giveBonus(Subject subject, String countyCode, String bodyCode, String period, BigDecimal points, String reason) {
        OrgNodeView county = access.issuer(subject, countyCode);
        Period p = TaskLists.period(period);
        if (points == null || points.signum() <= 0 || points.compareTo(MAX_BONUS) > 0 || points.scale() > 2 || reason == null
                || reason.isBlank() || reason.strip().length() > 400) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.bonus_refused, bodyCode, TasksMessages.f_bonus));
        }
        store.db().txRun(em -> {
            if (em.createQuery("select b from TaskBody b where b.code = :b and b.countyCode = :c", TaskBodyEntity.class)
                    .setParameter("b", bodyCode).setParameter("c", county.code()).getResultList().isEmpty()) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.no_body, bodyCode));
            }
            BonusEntity b = new BonusEntity();
            b.countyCode = county.code();
            b.bodyCode = bodyCode;
            b.period = p.label();
            b.points = points;
            b.reason = reason.strip();
            b.givenBy = subject.username();
            b.givenAt = Instant.now();
            em.persist(b);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-bonus:" + b.id, bodyCode + " " + p.label() + " +" + points);
        });
    }

    ScoreTable score(Subject subject, String countyCode, String period, LocalDate asOf) {
        TaskAccess.reader(subject);
        OrgNodeView county = access.county(subject, countyCode);
        Period p = TaskLists.period(period);
        return store.db().read(em -> table(em, subject, county.code(), p, asOf));
    }

    /** The county's scores for the period, as the subject may see them, beside the latest published ranking. */
    static ScoreTable table(EntityManager em, Subject subject, String county, Period p, LocalDate asOf) {
        List<ScoringScheme> versions = versions(em, county);
        ScoringScheme capping = ScoringScheme.inForce(versions, p.last()).orElse(null);
        ScoringScheme first = versions.isEmpty() ? null : versions.get(0);
        if (capping == null || first.from().isAfter(p.first())) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.no_scheme, p.label()));
        }
        Map<String, BodyScore> scores = compute(em, county, p, versions, asOf);
        Map<String, TaskBodyEntity> bodies = new HashMap<>();
        em.createQuery("select b from TaskBody b where b.countyCode = :c", TaskBodyEntity.class).setParameter("c", county).getResultList()
                .forEach(b -> bodies.put(b.code, b));
        PublishedRanking published = em.createQuery("select r from PublishedRanking r where r.countyCode = :c and r.period = :p"
                + " order by r.revision desc", PublishedRanking.class).setParameter("c", county).setParameter("p", p.label())
                .setMaxResults(1)                .getResultStream().findFirst().orElse(null);
        Map<String, PublishedRow> before = new HashMap<>();
        if (published != null) {
            em.createQuery("select r from PublishedRow r where r.publishedId = :p", PublishedRow.class).setParameter("p", published.id)
                    .getResultList().forEach(r -> before.put(r.bodyCode, r));
        }
        List<ScoreTable.Row> rows = new ArrayList<>();
        for (Ranking.Place place : PeriodScores.ranking(scores)) {
            TaskBodyEntity b = bodies.get(place.code());
            if (b == null || !subject.covers(b.orgPath)) {
                continue;
            }
            BodyScore s = scores.get(place.code());
            PublishedRow was = before.get(place.code());
            rows.add(new ScoreTable.Row(place.place(), b.code, b.name, b.kind, s.score(), s.onTime(), s.late(), s.failed(), s.missed(),
                    s.pending(), s.returns(), was == null ? 0 : was.place, was == null ? null : was.score));
        }
        return new ScoreTable(p.label(), asOf, capping.version(), published == null ? 0 : published.revision, rows);
    }

    /**
     * Every body's score for the period: the assignments due in it (by the index on county and deadline), their
     * reports and verifications, and the bonuses, handed to the pure rules.
     */
    static Map<String, BodyScore> compute(EntityManager em, String county, Period p, List<ScoringScheme> versions, LocalDate asOf) {
        String where = "a.countyCode = :c and a.deadline between :f and :l";
        Map<String, Object> params = Map.of("c", county, "f", p.first(), "l", p.last());
        Map<Long, List<TaskReport>> reports = FactRows.reports(em, where, params);
        var q = em.createQuery("select a.id, a.bodyCode, a.points, a.issuedOn, a.deadline from Assignment a where " + where,
                Object[].class);
        params.forEach(q::setParameter);
        List<PeriodScores.Scored> tasks = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            tasks.add(new PeriodScores.Scored((String) r[1], (BigDecimal) r[2], new TaskFacts((LocalDate) r[3], (LocalDate) r[4],
                    reports.getOrDefault((Long) r[0], List.of()))));
        }
        Map<String, BigDecimal> bonuses = new HashMap<>();
        em.createQuery("select b.bodyCode, sum(b.points) from Bonus b where b.countyCode = :c and b.period = :p group by b.bodyCode",
                Object[].class).setParameter("c", county).setParameter("p", p.label()).getResultList()
                .forEach(r -> bonuses.put((String) r[0], (BigDecimal) r[1]));
        return PeriodScores.of(tasks, versions, WarningPolicy.DEFAULT, p, bonuses, asOf);
    }

    /** Writes a table as the period's next published revision. */
    static PublishedRanking freeze(EntityManager em, String county, ScoreTable table, String by) {
        PublishedRanking r = new PublishedRanking();
        r.countyCode = county;
        r.period = table.period();
        r.revision = table.published() + 1;
        r.asOf = table.asOf();
        r.publishedBy = by;
        r.publishedAt = Instant.now();
        em.persist(r);
        em.flush(); // before its rows, which refer to it by a plain column
        for (ScoreTable.Row row : table.rows()) {
            PublishedRow x = new PublishedRow();
            x.publishedId = r.id;
            x.bodyCode = row.bodyCode();
            x.place = row.place();
            x.score = row.score();
            x.onTime = row.onTime();
            x.late = row.late();
            x.failed = row.failed();
            x.missed = row.missed();
            x.pending = row.pending();
            x.returns = row.returns();
            em.persist(x);
        }
        return r;
    }

    ScoreTable publish(Subject subject, String countyCode, String period, LocalDate asOf) {
        OrgNodeView county = access.issuer(subject, countyCode);
        Period p = TaskLists.period(period);
        String day = TaskAccess.dayProblem(asOf, null);
        if (day != null) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.publish_refused, p.label(), day));
        }
        return store.db().tx(em -> {
            ScoreTable now = table(em, subject, county.code(), p, asOf);
            if (now.rows().isEmpty()) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.publish_refused, p.label(), TasksMessages.nothing_scored));
            }
            PublishedRanking r = freeze(em, county.code(), now, subject.username());
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-ranking:" + county.code() + ":" + p.label(),
                    "published revision " + r.revision + " as of " + asOf + ", " + now.rows().size() + " bodies");
            return table(em, subject, county.code(), p, asOf);
        });
    }
}
