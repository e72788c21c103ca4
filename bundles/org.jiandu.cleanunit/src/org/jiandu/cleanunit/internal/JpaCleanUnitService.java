package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.NegativeEvent;
import org.jiandu.cleanunit.SiteView;
import org.jiandu.cleanunit.TransitionView;
import org.jiandu.core.CaseFiledListener;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Clean-unit creation in the module's own tables; scope by the unit's organisation path, every change audited. The
 * service is the facade of the module: each concept (standards, the creation workflow, evaluations, negative events,
 * evidence, demonstration sites, coverage, exports) lives in its own class, sharing one {@link CleanUnitContext}.
 */
@Component(service = { CleanUnitService.class, CaseFiledListener.class })
public class JpaCleanUnitService implements CleanUnitService, CaseFiledListener {

    @Reference
    CleanUnitStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    /** Where evidence files are kept; present while a data directory is open. */
    volatile DataDirectory dataDirectory;

    /** Copies opened last time are removed when a data directory comes (the next start after a crash) and goes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unsetDataDirectory")
    void setDataDirectory(DataDirectory dir) {
        OpenedEvidence.clean(dir);
        dataDirectory = dir;
    }

    void unsetDataDirectory(DataDirectory dir) {
        if (dataDirectory == dir) {
            dataDirectory = null;
        }
        OpenedEvidence.clean(dir);
    }

    /** The search module's indexer of evidence, when the build has the search module. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EvidenceSink evidenceSink;

    private Standards standards;
    private Creations creations;
    private CreationWorkflow workflow;
    private Evaluations evaluations;
    private NegativeEvents events;
    private EvidenceStore evidence;
    private DemonstrationSites sites;
    private Coverage coverage;
    private CleanUnitExports exports;

    @Activate
    void activate() {
        CleanUnitContext ctx = new CleanUnitContext(store, orgs, audit);
        standards = new Standards(ctx);
        creations = new Creations(ctx);
        workflow = new CreationWorkflow(ctx, standards, new Units(orgs));
        evaluations = new Evaluations(ctx, standards);
        events = new NegativeEvents(ctx);
        evidence = new EvidenceStore(ctx, standards, creations, () -> dataDirectory, () -> evidenceSink);
        sites = new DemonstrationSites(ctx, creations);
        coverage = new Coverage(ctx);
        exports = new CleanUnitExports(ctx, standards, creations, coverage);
    }

    // ---- standards -----------------------------------------------------------------------------------------------

    @Override
    public List<IndicatorSet> standards(CleanUnitKind kind) {
        return standards.standards(kind);
    }

    @Override
    public IndicatorSet currentStandard(CleanUnitKind kind) {
        return standards.currentStandard(kind);
    }

    @Override
    public IndicatorSet currentStandard(Subject subject, CleanUnitKind kind) {
        return standards.currentStandard(subject, kind);
    }

    @Override
    public Optional<IndicatorSet> standard(CleanUnitKind kind, int version) {
        return standards.standard(kind, version);
    }

    @Override
    public IndicatorSet publishStandard(Subject subject, IndicatorSet draft) {
        return standards.publishStandard(subject, draft);
    }

    // ---- creations and their workflow ----------------------------------------------------------------------------

    @Override
    public List<CreationView> creations(Subject subject, CreationFilter filter) {
        return creations.creations(subject, filter);
    }

    @Override
    public Optional<CreationView> creation(Subject subject, long id) {
        return creations.creation(subject, id);
    }

    @Override
    public List<CreationView> creationsOf(Subject subject, String unitCode) {
        return creations.creationsOf(subject, unitCode);
    }

    @Override
    public CreationView declare(Subject subject, String unitCode, CleanUnitKind kind, LocalDate on) {
        return workflow.declare(subject, unitCode, kind, on);
    }

    @Override
    public CreationView transition(Subject subject, long creationId, long expectedVersion, CreationAction action, String reason,
            LocalDate on) {
        return workflow.transition(subject, creationId, expectedVersion, action, reason, on);
    }

    @Override
    public List<TransitionView> history(Subject subject, long creationId) {
        return workflow.history(subject, creationId);
    }

    // ---- evaluations and negative events -------------------------------------------------------------------------

    @Override
    public EvaluationView score(Subject subject, long creationId, EvaluationStage stage, int year, Map<String, Double> scores,
            double bonus, Set<String> knockOuts, Map<String, String> notes) {
        return evaluations.score(subject, creationId, stage, year, scores, bonus, knockOuts, notes);
    }

    @Override
    public List<EvaluationView> evaluations(Subject subject, long creationId) {
        return evaluations.evaluations(subject, creationId);
    }

    @Override
    public List<NegativeEvent> negativeEvent(Subject subject, String unitCode, String source, String reference, String description,
            LocalDate on) {
        return events.negativeEvent(subject, unitCode, source, reference, description, on);
    }

    /**
     * A filed case: every creation of the organisation the case belongs to, and the family of the cadre it concerns
     * (matched by name under that organisation), gets a negative event once per case number.
     */
    @Override
    public void caseFiled(Subject subject, String orgCode, String caseNo, String subjectName, LocalDate filedOn) {
        events.reviewAfterCase(subject, orgCode, caseNo, subjectName, filedOn);
    }

    @Override
    public List<NegativeEvent> events(Subject subject, long creationId) {
        return events.events(subject, creationId);
    }

    // ---- evidence ------------------------------------------------------------------------------------------------

    @Override
    public EvidenceView addEvidence(Subject subject, long creationId, String indicator, Path file) throws IOException {
        return evidence.addEvidence(subject, creationId, indicator, file);
    }

    @Override
    public List<EvidenceView> evidence(Subject subject, long creationId) {
        return evidence.evidence(subject, creationId);
    }

    @Override
    public Path evidenceFile(Subject subject, long evidenceId) {
        return evidence.evidenceFile(subject, evidenceId);
    }

    @Override
    public Path openEvidence(Subject subject, long evidenceId) throws IOException {
        return evidence.openEvidence(subject, evidenceId);
    }

    @Override
    public void exportEvidence(Subject subject, long evidenceId, Path target) throws IOException {
        evidence.exportEvidence(subject, evidenceId, target);
    }

    // ---- demonstration sites and coverage ------------------------------------------------------------------------

    @Override
    public void setSite(Subject subject, long creationId, boolean site) {
        sites.setSite(subject, creationId, site);
    }

    @Override
    public void follow(Subject subject, long creationId, long siteId) {
        sites.follow(subject, creationId, siteId);
    }

    @Override
    public List<SiteView> sites(Subject subject, CleanUnitKind kind) {
        return sites.sites(subject, kind);
    }

    @Override
    public void setTarget(Subject subject, String groupCode, CleanUnitKind kind, int eligible, int targetPercent) {
        coverage.setTarget(subject, groupCode, kind, eligible, targetPercent);
    }

    @Override
    public List<CoverageRow> coverage(Subject subject, int year) {
        return coverage.coverage(subject, year);
    }

    // ---- exports -------------------------------------------------------------------------------------------------

    @Override
    public void exportCoverage(Subject subject, int year, Path file) throws IOException {
        exports.exportCoverage(subject, year, file);
    }

    @Override
    public void exportCreations(Subject subject, CreationFilter filter, Path file) throws IOException {
        exports.exportCreations(subject, filter, file);
    }

    @Override
    public void exportScoreSheet(Subject subject, long evaluationId, Path file) throws IOException {
        exports.exportScoreSheet(subject, evaluationId, file);
    }
}
