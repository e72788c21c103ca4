package org.jiandu.training;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiandu.core.Progress;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.security.Subject;

/**
 * Training records (纪检监察干部培训). Every call is limited to the subject's jurisdiction scope inside the service:
 * cadres and sessions outside it are neither shown nor counted; a trainer sees the sessions they run. Records are
 * kept with history: a correction adds a revision. Every change, and every transcript read, is audited.
 */
public interface TrainingService {

    // --- sessions and enrolment

    /** Sessions in scope, newest first; {@code year} and {@code kind} filter when not null, {@code text} matches code or title. */
    List<SessionView> sessions(Subject subject, Integer year, CourseKind kind, String text);

    /**
     * Creates or changes a session (and its course when new). Refused with every reason at once; a session of a
     * new-regulation course or a post-election course is then offered to the cadres who need it, see
     * {@link #assignRequired}.
     */
    SessionView saveSession(Subject subject, SessionView draft);

    /**
     * The user names of the active trainers' accounts a session of the subject's scope may name (their scope covers or
     * lies inside the subject's), so a form offers exactly the trainers the service accepts.
     */
    List<String> trainers(Subject subject);

    /** Current records of a session's cadres, by cadre code. */
    List<EnrolmentView> attendance(Subject subject, String sessionCode);

    /** Enrols a cadre; refused when the session is full, the cadre is outside scope or already enrolled. */
    EnrolmentView enrol(Subject subject, String sessionCode, String cadreCode, String note);

    /**
     * Records attendance, score and completion as a new revision of the cadre's record in the session. Refused when
     * someone else recorded a newer revision since {@code expectedRevision} (a {@link org.jiandu.core.StaleDataException}).
     */
    EnrolmentView record(Subject subject, String sessionCode, String cadreCode, int expectedRevision,
            AttendanceStatus status, Double hours, Integer score, LocalDate completedOn, String reason);

    /** Every revision of a cadre's record in a session, oldest first. */
    List<EnrolmentView> history(Subject subject, String sessionCode, String cadreCode);

    /**
     * Enrols, in the next session of the right kind, every cadre that a rule requires and who is not enrolled yet:
     * new cadres in the pre-job pipeline, cadres of a re-elected township, everyone for a new regulation. Returns
     * the enrolments it made (their notes say why).
     */
    List<EnrolmentView> assignRequired(Subject subject, LocalDate asOf);

    // --- rotations and posting

    List<RotationView> rotations(Subject subject, String cadreCode);

    /** Adds a rotation (key null) or a corrected revision of one (with sign-off and appraisal). */
    RotationView saveRotation(Subject subject, RotationView draft);

    /** What still keeps the cadre from graduating on {@code day}; empty when the pipeline is complete. */
    List<String> pipelineGaps(Subject subject, String cadreCode, LocalDate day);

    /** Confirms a cadre on post (上岗); refused with {@link PipelineIncompleteException} listing the reasons. */
    void confirmOnPost(Subject subject, String cadreCode, LocalDate day);

    /** Records a township re-election, which requires post-election basic training of its cadres. */
    void recordReelection(Subject subject, String townshipCode, LocalDate heldOn);

    // --- rules, compliance, reports

    List<Rule> rules(Subject subject);

    /** Changes a rule (county commission and administrators); refused when someone else changed it meanwhile. */
    Rule saveRule(Subject subject, Rule rule);

    /**
     * The day a year's report is evaluated as of: the last day of a past year, today for this year or a later one
     * (nothing after today can have happened yet).
     */
    static LocalDate asOf(int year) {
        LocalDate today = LocalDate.now();
        return year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
    }

    /** Compliance of every active cadre in scope for {@code year}, evaluated as of {@code asOf}. */
    ComplianceReport compliance(Subject subject, int year, LocalDate asOf);

    /**
     * Compliance for each year from {@code fromYear} to {@code toYear}, each as of its last day (today for the current
     * year), from one reading of the facts: the multi-year view (trends, term reviews).
     */
    List<ComplianceReport> compliance(Subject subject, int fromYear, int toYear);

    Transcript transcript(Subject subject, String cadreCode, LocalDate asOf);

    /** Staffing and training coverage per township (and the county's own commission) for a year. */
    List<StaffingRow> staffing(Subject subject, int year);

    /** Yearly compliance (summary, per cadre, per township) as XLSX, or as PDF when the file name ends in .pdf. */
    void exportCompliance(Subject subject, int year, LocalDate asOf, Path file) throws IOException;

    /** A cadre's transcript as XLSX, or as PDF when the file name ends in .pdf. */
    void exportTranscript(Subject subject, String cadreCode, Path file) throws IOException;

    /**
     * The completion certificate (结业证书) of a cadre's completed session as PDF, kept in the data directory by its
     * SHA-256; issuing it adds a revision that records the certificate on the cadre's record. Issued once: later
     * calls return the same file.
     *
     * @throws TrainingValidationException when the record is not completed
     */
    Path certificate(Subject subject, String sessionCode, String cadreCode) throws IOException;

    /**
     * Freezes the year's compliance report as it stands: its lines and their SHA-256 are stored. Returns the id.
     */
    long freeze(Subject subject, int year);

    /**
     * Differences between a frozen report and the same report now ("- line" frozen only, "+ line" now only), or an
     * empty list when nothing changed. Also checks the stored SHA-256 of the frozen lines.
     */
    List<String> differences(Subject subject, long frozenId);

    // --- import

    /**
     * Imports a roster or attendance sheet. Columns are found by their Chinese or English headers, or by
     * {@code mapping} (field → header text: cadre, name, session, status, hours, score, completed). Every bad row is
     * reported with its number, column and reason; when any row is bad nothing is written unless
     * {@code goodRowsOnly}. All good rows are written in one transaction, so a cancel or a crash writes nothing.
     */
    ImportReport importXlsx(Subject subject, Path file, ImportKind kind, Map<String, String> mapping,
            boolean goodRowsOnly, Progress progress);
}
