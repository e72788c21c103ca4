package org.jiandu.tasks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.Subject;

/**
 * Supervision task lists and their evaluation (督办考评): the county commission issues lists, bodies report, the
 * commission verifies, warnings follow from the facts and the day, and bodies are scored and ranked. Reports and
 * verifications are only added, never edited. Every read and change is limited to the subject's scope and role
 * ({@link TaskRights}); every change is audited in its own transaction. A step's day is never in the future nor
 * before the step it follows.
 */
public interface TasksService {

    /** The county's bodies in the subject's scope. */
    List<BodyView> bodies(Subject subject, String countyCode);

    /**
     * Adds a body (an office, a stationed group, a named leader) belonging to an organisation of the county; township
     * commissions and units are added on their own when a list first names them.
     */
    BodyView addBody(Subject subject, String countyCode, String code, String name, BodyKind kind, String orgCode, String leader);

    /** Issues a list: every task to every body it names; refused as a whole when one task or body is wrong. */
    TaskListView issue(Subject subject, String countyCode, ListDraft draft);

    /**
     * Issues last period's list again for {@code period}: the same tasks and bodies, deadlines moved by the months
     * between the two periods (a day 31 falls on the month's last day).
     */
    TaskListView copy(Subject subject, long listId, String period, LocalDate issuedOn);

    /** The county's lists, of one period when it is not null, newest first. */
    List<TaskListView> lists(Subject subject, String countyCode, String period);

    /**
     * The bodies' tasks in the subject's scope and where they stand on {@code asOf}: of one list when {@code listId}
     * is not null, else of every list of {@code period} (the list's period), else of all; of one body when
     * {@code bodyCode} is not null.
     */
    List<AssignmentView> assignments(Subject subject, String countyCode, Long listId, String period, String bodyCode, LocalDate asOf);

    /**
     * The work list on {@code asOf}: tasks not reported that are due soon or overdue (with their warnings), and for
     * those who verify, reports waiting for verification. Red warnings first, then yellow (the latest to turn
     * first), then the rest by deadline.
     */
    List<AssignmentView> due(Subject subject, String countyCode, LocalDate asOf);

    /** One body's task on {@code asOf}. */
    AssignmentView assignment(Subject subject, long assignmentId, LocalDate asOf);

    /** Every report of a task and its verification, oldest first. */
    List<ReportView> history(Subject subject, long assignmentId);

    /**
     * The body reports (线上报告): text and, when the task asks for evidence, a file kept by its content hash. Refused
     * while an earlier report waits for verification, once the task is done or failed, and without the evidence asked.
     *
     * @param evidence a file, or null
     */
    AssignmentView report(Subject subject, long assignmentId, long expectedVersion, String text, Path evidence, LocalDate on)
            throws IOException;

    /**
     * The issuer verifies the waiting report: accepted, returned for more by {@code reportBy}, or failed on the on-site
     * check (线下核查). The verifier is a county-level user who did not make the report; a return or a failure says why.
     */
    AssignmentView verify(Subject subject, long assignmentId, long expectedVersion, Outcome outcome, String note, LocalDate on,
            LocalDate reportBy);

    /** The county's scoring scheme versions, oldest first. */
    List<ScoringScheme> schemes(Subject subject, String countyCode);

    /**
     * Publishes a new version of the county's scheme, in force for tasks due from {@code draft.from()} (which must
     * come after the last version's). The version number is the next one; {@code draft.version()} is ignored.
     */
    ScoringScheme publishScheme(Subject subject, String countyCode, ScoringScheme draft);

    /** Gives a body bonus points (加分) for a period, with the reason; the cap applies when scored. */
    void giveBonus(Subject subject, String countyCode, String bodyCode, String period, BigDecimal points, String reason);

    /**
     * The period's scores and ranking as of {@code asOf}, with the latest published ranking alongside. Places are the
     * county's; a user whose scope is below the county sees its own bodies' lines.
     */
    ScoreTable score(Subject subject, String countyCode, String period, LocalDate asOf);

    /** Publishes (freezes) the period's ranking as of {@code asOf}; publishing again adds a revision. */
    ScoreTable publish(Subject subject, String countyCode, String period, LocalDate asOf);

    /** The period's ranking and every task's standing as XLSX, or PDF when the name ends in .pdf. */
    void export(Subject subject, String countyCode, String period, LocalDate asOf, Path file) throws IOException;
}
