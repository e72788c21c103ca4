package org.jiandu.cleanunit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiandu.core.security.Subject;

/**
 * Clean-unit creation (清廉单元创建). Every call is limited to the subject's jurisdiction scope inside the service and
 * every change and export is written to the audit log. Refused steps throw {@link WorkflowException} with the reason;
 * bad input throws {@link IllegalArgumentException} naming every problem; a change over someone else's throws
 * {@link org.jiandu.core.StaleDataException}.
 */
public interface CleanUnitService {

    /** Every version of the kind's standard, newest first (the shipped default is version 1). */
    List<IndicatorSet> standards(CleanUnitKind kind);

    IndicatorSet currentStandard(CleanUnitKind kind);

    /** The standard in force for the subject's scope. */
    IndicatorSet currentStandard(Subject subject, CleanUnitKind kind);

    Optional<IndicatorSet> standard(CleanUnitKind kind, int version);

    /** Publishes a draft as the kind's next version; county commission or administrator only. */
    IndicatorSet publishStandard(Subject subject, IndicatorSet draft);

    List<CreationView> creations(Subject subject, CreationFilter filter);

    Optional<CreationView> creation(Subject subject, long id);

    /** The creations of one unit (by organisation code, or {@code family:<cadre code>} for a cadre's family). */
    List<CreationView> creationsOf(Subject subject, String unitCode);

    /**
     * Declares a unit for a kind: a county-level unit of the matching kind, a village or community, or a cadre's family
     * ({@code family:<cadre code>}); a unit declares each kind once (a rejected or revoked one redeclares).
     */
    CreationView declare(Subject subject, String unitCode, CleanUnitKind kind, LocalDate on);

    /** Takes one workflow step, effective {@code on} (not in the future, not before the last step). */
    CreationView transition(Subject subject, long creationId, long expectedVersion, CreationAction action, String reason, LocalDate on);

    List<TransitionView> history(Subject subject, long creationId);

    /**
     * Scores a creation under the kind's current standard. Self-assessment while in progress, on-site scoring once
     * reviewed, monitoring once a year for a published unit (a failed monitoring or any knock-out puts the title under
     * review).
     */
    EvaluationView score(Subject subject, long creationId, EvaluationStage stage, int year, Map<String, Double> scores, double bonus,
            Set<String> knockOuts, Map<String, String> notes);

    /** Newest first. */
    List<EvaluationView> evaluations(Subject subject, long creationId);

    EvidenceView addEvidence(Subject subject, long creationId, String indicator, Path file) throws IOException;

    List<EvidenceView> evidence(Subject subject, long creationId);

    /** The stored file of an evidence entry (audited as a read). */
    Path evidenceFile(Subject subject, long evidenceId);

    /**
     * A copy of an evidence file to open in the desktop's program for its type (audited as a read). Only the document
     * types of {@link EvidenceType} are handed out, decided by name and content; others are refused with an
     * {@link IllegalArgumentException} (they may be saved with {@link #exportEvidence}). The copy lies in the data
     * directory and is removed when the data directory closes or next opens.
     */
    Path openEvidence(Subject subject, long evidenceId) throws IOException;

    /** Saves an evidence file where the user chose (audited as an export). */
    void exportEvidence(Subject subject, long evidenceId, Path target) throws IOException;

    /** Records a negative event against every creation of the unit (or the cadre's family); see {@link NegativeEvent}. */
    List<NegativeEvent> negativeEvent(Subject subject, String unitCode, String source, String reference, String description,
            LocalDate on);

    List<NegativeEvent> events(Subject subject, long creationId);

    void setSite(Subject subject, long creationId, boolean site);

    /** Links a unit to a demonstration site of the same kind (siteId 0 unlinks it). */
    void follow(Subject subject, long creationId, long siteId);

    List<SiteView> sites(Subject subject, CleanUnitKind kind);

    /** Sets how many units of a kind a township (or the county's own units) should create and the share aimed at. */
    void setTarget(Subject subject, String groupCode, CleanUnitKind kind, int eligible, int targetPercent);

    /** Per township and kind, then one total row per kind and one overall (kind null, group null). */
    List<CoverageRow> coverage(Subject subject, int year);

    /** The coverage report as XLSX or PDF (by the file's extension). */
    void exportCoverage(Subject subject, int year, Path file) throws IOException;

    /** The creation list as XLSX or PDF. */
    void exportCreations(Subject subject, CreationFilter filter, Path file) throws IOException;

    /** One evaluation's score sheet (indicator, maximum, points, note, evidence) as XLSX or PDF. */
    void exportScoreSheet(Subject subject, long evaluationId, Path file) throws IOException;
}
