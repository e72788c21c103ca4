package org.jiandu.training.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationPost;
import org.jiandu.training.Rule;
import org.jiandu.training.internal.TrainingMessages;
import org.jiandu.training.rules.CadreFacts.Attendance;
import org.jiandu.training.rules.CadreFacts.Reelection;
import org.jiandu.training.rules.CadreFacts.Regulation;
import org.jiandu.training.rules.CadreFacts.RotationFact;

/**
 * Evaluates training rules for one cadre, one calendar year and one date, as a pure function: the same facts,
 * rules and date always give the same outcomes. Facts dated after the evaluation date are ignored, so a report
 * can be re-run "as of" any past day.
 *
 * <p>Yearly rules look at the calendar year; a cadre who started with less than {@link #YEARLY_GRACE_DAYS} days of
 * it left is not yet held to them. A requirement not met is {@code OVERDUE} once its deadline has passed,
 * {@code DUE_SOON} within the rule's warning window, {@code IN_PROGRESS} when enrolled or partly done, and
 * {@code NOT_STARTED} otherwise; pre-job theory older than the rule's validity without graduation is
 * {@code EXPIRED}.
 */
public final class ComplianceEvaluator {

    /** Days of a calendar year a new cadre must have had before yearly rules apply to them. */
    public static final int YEARLY_GRACE_DAYS = 90;

    /** Worst first: the status a cadre shows when one rule has several deadlines (several regulations). */
    private static final List<RequirementStatus> SEVERITY = List.of(RequirementStatus.OVERDUE, RequirementStatus.EXPIRED,
            RequirementStatus.DUE_SOON, RequirementStatus.NOT_STARTED, RequirementStatus.IN_PROGRESS, RequirementStatus.DONE);

    private final List<Rule> rules;
    private final List<Regulation> regulations;
    private final List<Reelection> reelections;

    public ComplianceEvaluator(List<Rule> rules, List<Regulation> regulations, List<Reelection> reelections) {
        this.rules = rules.stream().filter(Rule::active).sorted(Comparator.comparing(Rule::kind)).toList();
        this.regulations = List.copyOf(regulations);
        this.reelections = List.copyOf(reelections);
    }

    /** The outcome of every active rule that applies to the cadre, in rule-kind order. */
    public List<Outcome> evaluate(CadreFacts cadre, int year, LocalDate asOf) {
        List<Outcome> out = new ArrayList<>();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate cutoff = asOf.isAfter(yearEnd) ? yearEnd : asOf;
        if (!cadre.active() || (cadre.since() != null && cadre.since().isAfter(cutoff))) {
            return out;
        }
        for (Rule rule : rules) {
            if (!rule.roles().contains(cadre.role())) {
                continue;
            }
            Outcome o = switch (rule.kind()) {
                case ALL_STAFF_YEARLY -> yearly(rule, cadre, CourseKind.ALL_STAFF, year, asOf, cutoff);
                case VILLAGE_DIRECTOR_YEARLY -> yearly(rule, cadre, CourseKind.VILLAGE_DIRECTOR, year, asOf, cutoff);
                case HOURS_PER_YEAR -> hours(rule, cadre, year, asOf, cutoff);
                case NEW_REGULATION -> regulations(rule, cadre, year, asOf, cutoff);
                case POST_ELECTION -> reelections(rule, cadre, year, asOf, cutoff);
                case PRE_JOB_PIPELINE -> pipeline(rule, cadre, cutoff);
            };
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean heldToYear(CadreFacts cadre, int year) {
        return cadre.since() == null
                || !cadre.since().isAfter(LocalDate.of(year, 12, 31).minusDays(YEARLY_GRACE_DAYS));
    }

    private static boolean inYear(LocalDate d, int year) {
        return d != null && d.getYear() == year;
    }

    /** Status of a requirement that is not met, from its deadline and whether anything is under way. */
    private static RequirementStatus open(Rule rule, LocalDate due, LocalDate asOf, boolean underWay) {
        if (asOf.isAfter(due)) {
            return RequirementStatus.OVERDUE;
        }
        if (ChronoUnit.DAYS.between(asOf, due) <= rule.dueSoonDays()) {
            return RequirementStatus.DUE_SOON;
        }
        return underWay ? RequirementStatus.IN_PROGRESS : RequirementStatus.NOT_STARTED;
    }

    private Outcome yearly(Rule rule, CadreFacts c, CourseKind kind, int year, LocalDate asOf, LocalDate cutoff) {
        if (!heldToYear(c, year)) {
            return null;
        }
        LocalDate due = LocalDate.of(year, 12, 31);
        for (Attendance a : c.attendance()) {
            if (a.kind() == kind && a.completedBy(cutoff) && inYear(a.completedOn(), year)) {
                return new Outcome(rule.code(), rule.kind(), RequirementStatus.DONE, due, 0, List.of());
            }
        }
        boolean pending = c.attendance().stream().anyMatch(a -> a.kind() == kind && a.pending() && inYear(a.start(), year)
                && !a.start().isAfter(due));
        return new Outcome(rule.code(), rule.kind(), open(rule, due, asOf, pending), due, 0,
                List.of(TrainingMessages.bind(TrainingMessages.gap_yearly, TrainingMessages.label(kind.chinese(), kind), year)));
    }

    private Outcome hours(Rule rule, CadreFacts c, int year, LocalDate asOf, LocalDate cutoff) {
        if (!heldToYear(c, year)) {
            return null;
        }
        LocalDate due = LocalDate.of(year, 12, 31);
        double hours = 0;
        for (Attendance a : c.attendance()) {
            if (a.completedBy(cutoff) && inYear(a.completedOn(), year)) {
                hours += a.hours();
            }
        }
        if (hours >= rule.amount()) {
            return new Outcome(rule.code(), rule.kind(), RequirementStatus.DONE, due, hours, List.of());
        }
        boolean underWay = hours > 0 || c.attendance().stream().anyMatch(a -> a.pending() && inYear(a.start(), year));
        return new Outcome(rule.code(), rule.kind(), open(rule, due, asOf, underWay), due, hours,
                List.of(TrainingMessages.bind(TrainingMessages.gap_hours, fmt(hours), rule.amount())));
    }

    private Outcome regulations(Rule rule, CadreFacts c, int year, LocalDate asOf, LocalDate cutoff) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Regulation r : regulations) {
            LocalDate due = r.effective().plusDays(rule.amount());
            boolean concerns = r.concerns(c.orgPath()) && !r.effective().isAfter(cutoff)
                    && (inYear(r.effective(), year) || inYear(due, year));
            if (concerns && (c.since() == null || !c.since().isAfter(r.effective()))) {
                deadlines.add(new Deadline(r.name(), due, a -> a.kind() == CourseKind.NEW_REGULATION
                        && r.name().equals(a.regulation())));
            }
        }
        return worst(rule, c, deadlines, asOf, cutoff, TrainingMessages.gap_regulation);
    }

    private Outcome reelections(Rule rule, CadreFacts c, int year, LocalDate asOf, LocalDate cutoff) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Reelection r : reelections) {
            LocalDate due = r.heldOn().plusDays(rule.amount());
            boolean concerns = c.orgPath() != null && c.orgPath().startsWith(r.townshipPath())
                    && !r.heldOn().isAfter(cutoff) && (inYear(r.heldOn(), year) || inYear(due, year));
            if (concerns) {
                deadlines.add(new Deadline(r.townshipName() + " " + r.heldOn(), due,
                        a -> a.kind() == CourseKind.POST_ELECTION && !a.start().isBefore(r.heldOn())));
            }
        }
        return worst(rule, c, deadlines, asOf, cutoff, TrainingMessages.gap_reelection);
    }

    private record Deadline(String what, LocalDate due, Predicate<Attendance> counts) {
    }

    /** One outcome for several deadlines of one rule: the worst status, every unmet one named. */
    private static Outcome worst(Rule rule, CadreFacts c, List<Deadline> deadlines, LocalDate asOf, LocalDate cutoff,
            String gapMessage) {
        if (deadlines.isEmpty()) {
            return null;
        }
        RequirementStatus worst = RequirementStatus.DONE;
        LocalDate due = null;
        List<String> gaps = new ArrayList<>();
        for (Deadline d : deadlines) {
            boolean done = c.attendance().stream().anyMatch(a -> d.counts().test(a) && a.completedBy(cutoff));
            RequirementStatus s = done ? RequirementStatus.DONE
                    : open(rule, d.due(), asOf, c.attendance().stream().anyMatch(a -> d.counts().test(a) && a.pending()));
            if (s != RequirementStatus.DONE) {
                gaps.add(TrainingMessages.bind(gapMessage, d.what(), d.due()));
            }
            boolean worse = SEVERITY.indexOf(s) < SEVERITY.indexOf(worst);
            if (worse || due == null) {
                due = d.due();
                worst = worse ? s : worst;
            }
        }
        return new Outcome(rule.code(), rule.kind(), worst, due, 0, gaps);
    }

    /**
     * The pre-job pipeline: theory passed, then each configured post for its minimum days (days before theory do not
     * count) with the mentor's sign-off, then graduation; confirmed on post ends it.
     */
    private Outcome pipeline(Rule rule, CadreFacts c, LocalDate cutoff) {
        boolean anyPreJob = c.attendance().stream().anyMatch(a -> a.kind() == CourseKind.PRE_JOB);
        boolean newCadre = c.since() != null && rule.appliesFrom() != null && !c.since().isBefore(rule.appliesFrom());
        if (!anyPreJob && !newCadre) {
            return null;
        }
        LocalDate start = c.since() != null ? c.since()
                : c.attendance().stream().filter(a -> a.kind() == CourseKind.PRE_JOB).map(Attendance::start)
                        .min(Comparator.naturalOrder()).orElse(cutoff);
        LocalDate due = start.plusDays(rule.amount());
        if (c.postedOn() != null && !c.postedOn().isAfter(cutoff)) {
            return new Outcome(rule.code(), rule.kind(), RequirementStatus.DONE, due, 0, List.of());
        }
        List<String> gaps = pipelineGaps(rule, c, cutoff);
        LocalDate theory = theoryPassed(c, cutoff);
        if (gaps.isEmpty()) {
            return new Outcome(rule.code(), rule.kind(), RequirementStatus.DONE, due, 0, List.of());
        }
        RequirementStatus s;
        if (theory != null && ChronoUnit.DAYS.between(theory, cutoff) > rule.validDays()) {
            s = RequirementStatus.EXPIRED; // pipelineGaps says so in its only line
        } else {
            boolean underWay = theory != null || !c.rotations().isEmpty()
                    || c.attendance().stream().anyMatch(a -> a.kind() == CourseKind.PRE_JOB && a.pending());
            s = open(rule, due, cutoff, underWay);
        }
        return new Outcome(rule.code(), rule.kind(), s, due, 0, gaps);
    }

    private static LocalDate theoryPassed(CadreFacts c, LocalDate cutoff) {
        return c.attendance().stream().filter(a -> a.kind() == CourseKind.PRE_JOB && a.completedBy(cutoff))
                .map(Attendance::completedOn).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * What keeps a cadre from graduating on {@code day}, one line each; empty when the pipeline is complete. Used
     * for the status above and to refuse confirming a cadre on post.
     */
    public static List<String> pipelineGaps(Rule rule, CadreFacts c, LocalDate day) {
        List<String> gaps = new ArrayList<>();
        LocalDate theory = theoryPassed(c, day);
        if (theory == null) {
            gaps.add(c.attendance().stream().anyMatch(a -> a.kind() == CourseKind.PRE_JOB && a.status() == AttendanceStatus.FAILED)
                    ? TrainingMessages.gap_theory_failed : TrainingMessages.gap_theory);
        } else if (ChronoUnit.DAYS.between(theory, day) > rule.validDays()) {
            return List.of(TrainingMessages.bind(TrainingMessages.gap_theory_expired, theory, rule.validDays()));
        }
        Map<RotationPost, Long> days = new EnumMap<>(RotationPost.class);
        Map<RotationPost, Boolean> signed = new EnumMap<>(RotationPost.class);
        for (RotationFact r : c.rotations()) {
            if (r.start() == null || r.start().isAfter(day)) {
                continue;
            }
            LocalDate from = theory != null && r.start().isBefore(theory) ? theory.plusDays(1) : r.start();
            LocalDate to = r.end() == null || r.end().isAfter(day) ? day : r.end();
            if (theory != null && !to.isBefore(from)) {
                days.merge(r.post(), ChronoUnit.DAYS.between(from, to) + 1, Long::sum);
            }
            if (r.signedOffBy() != null && r.signedOffOn() != null && !r.signedOffOn().isAfter(day)) {
                signed.put(r.post(), true);
            }
        }
        for (RotationPost post : RotationPost.values()) {
            Integer min = rule.postDays().get(post);
            if (min == null || min <= 0) {
                continue;
            }
            long have = days.getOrDefault(post, 0L);
            if (have < min) {
                gaps.add(TrainingMessages.bind(TrainingMessages.gap_rotation_days,
                        new Object[] { TrainingMessages.label(post.chinese(), post), have, min }));
            } else if (!signed.getOrDefault(post, false)) {
                gaps.add(TrainingMessages.bind(TrainingMessages.gap_rotation_signoff, TrainingMessages.label(post.chinese(), post)));
            }
        }
        return gaps;
    }

    private static String fmt(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
