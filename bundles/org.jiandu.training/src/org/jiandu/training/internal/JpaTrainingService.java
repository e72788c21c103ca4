package org.jiandu.training.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiandu.core.CadreView;
import org.jiandu.core.OrgService;
import org.jiandu.core.Progress;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.ImportKind;
import org.jiandu.training.RotationView;
import org.jiandu.training.Rule;
import org.jiandu.training.SessionView;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.TrainingService;
import org.jiandu.training.Transcript;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Training records in the module's own tables, scoped by the organisation path kept on each row. The service is the
 * facade of the module: each concept (sessions, enrolments, rotations, postings, rules, compliance, staffing, the
 * assignment of required training, certificates, frozen reports, exports) lives in its own class, sharing one
 * {@link TrainingContext}.
 */
@Component(service = TrainingService.class)
public class JpaTrainingService implements TrainingService {

    @Reference
    TrainingStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    /** Where certificates are kept; present while a data directory is open (the app and the CLI publish it). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    private TrainingContext ctx;
    private Sessions sessions;
    private Enrolments enrolments;
    private Rotations rotations;
    private Postings postings;
    private Rules rules;
    private Compliance compliance;
    private Staffing staffing;
    private RequiredAssignment assignment;
    private Certificates certificates;
    private FrozenReports frozen;
    private TrainingExports exports;

    @Activate
    void activate() {
        ctx = new TrainingContext(store, orgs, audit);
        sessions = new Sessions(ctx);
        enrolments = new Enrolments(ctx);
        rotations = new Rotations(ctx);
        rules = new Rules(ctx);
        postings = new Postings(ctx, rules);
        compliance = new Compliance(ctx, rules, rotations);
        staffing = new Staffing(ctx, compliance);
        assignment = new RequiredAssignment(ctx, compliance);
        certificates = new Certificates(ctx, () -> dataDirectory);
        frozen = new FrozenReports(ctx, compliance);
        exports = new TrainingExports(ctx, compliance, staffing);
    }

    /** The cadres in the subject's scope (the importer and the benchmark read them too). */
    List<CadreView> cadres(Subject subject) {
        return ctx.cadres(subject);
    }

    /** What the compliance evaluator needs for the cadres (the benchmark times this read). */
    Facts facts(Subject subject, List<CadreView> cadres) {
        return Facts.read(ctx, subject, cadres);
    }

    // ------------------------------------------------------------------ sessions and enrolment

    @Override
    public List<SessionView> sessions(Subject subject, Integer year, CourseKind kind, String text) {
        return sessions.sessions(subject, year, kind, text);
    }

    @Override
    public List<String> trainers(Subject subject) {
        return sessions.trainers(subject);
    }

    @Override
    public SessionView saveSession(Subject subject, SessionView draft) {
        return sessions.saveSession(subject, draft);
    }

    @Override
    public List<EnrolmentView> attendance(Subject subject, String sessionCode) {
        return enrolments.attendance(subject, sessionCode);
    }

    @Override
    public EnrolmentView enrol(Subject subject, String sessionCode, String cadreCode, String note) {
        return enrolments.enrol(subject, sessionCode, cadreCode, note);
    }

    @Override
    public EnrolmentView record(Subject subject, String sessionCode, String cadreCode, int expectedRevision,
            AttendanceStatus status, Double hours, Integer score, LocalDate completedOn, String reason) {
        return enrolments.record(subject, sessionCode, cadreCode, expectedRevision, status, hours, score, completedOn, reason);
    }

    @Override
    public List<EnrolmentView> history(Subject subject, String sessionCode, String cadreCode) {
        return enrolments.history(subject, sessionCode, cadreCode);
    }

    @Override
    public List<EnrolmentView> assignRequired(Subject subject, LocalDate asOf) {
        return assignment.assignRequired(subject, asOf);
    }

    // ------------------------------------------------------------------ rotations, posting, events

    @Override
    public List<RotationView> rotations(Subject subject, String cadreCode) {
        return rotations.rotations(subject, cadreCode);
    }

    @Override
    public RotationView saveRotation(Subject subject, RotationView draft) {
        return rotations.saveRotation(subject, draft);
    }

    @Override
    public List<String> pipelineGaps(Subject subject, String cadreCode, LocalDate day) {
        return postings.pipelineGaps(subject, cadreCode, day);
    }

    @Override
    public void confirmOnPost(Subject subject, String cadreCode, LocalDate day) {
        postings.confirmOnPost(subject, cadreCode, day);
    }

    @Override
    public void recordReelection(Subject subject, String townshipCode, LocalDate heldOn) {
        postings.recordReelection(subject, townshipCode, heldOn);
    }

    // ------------------------------------------------------------------ rules and compliance

    @Override
    public List<Rule> rules(Subject subject) {
        return rules.rules(subject);
    }

    @Override
    public Rule saveRule(Subject subject, Rule rule) {
        return rules.saveRule(subject, rule);
    }

    @Override
    public ComplianceReport compliance(Subject subject, int year, LocalDate asOf) {
        return compliance.compliance(subject, year, asOf);
    }

    @Override
    public List<ComplianceReport> compliance(Subject subject, int fromYear, int toYear) {
        return compliance.compliance(subject, fromYear, toYear);
    }

    @Override
    public Transcript transcript(Subject subject, String cadreCode, LocalDate asOf) {
        return compliance.transcript(subject, cadreCode, asOf);
    }

    @Override
    public List<StaffingRow> staffing(Subject subject, int year) {
        return staffing.staffing(subject, year);
    }

    // ------------------------------------------------------------------ reports, certificates and import

    @Override
    public void exportCompliance(Subject subject, int year, LocalDate asOf, Path file) throws IOException {
        exports.exportCompliance(subject, year, asOf, file);
    }

    @Override
    public void exportTranscript(Subject subject, String cadreCode, Path file) throws IOException {
        exports.exportTranscript(subject, cadreCode, file);
    }

    @Override
    public Path certificate(Subject subject, String sessionCode, String cadreCode) throws IOException {
        return certificates.certificate(subject, sessionCode, cadreCode);
    }

    @Override
    public long freeze(Subject subject, int year) {
        return frozen.freeze(subject, year);
    }

    @Override
    public List<String> differences(Subject subject, long frozenId) {
        return frozen.differences(subject, frozenId);
    }

    @Override
    public ImportReport importXlsx(Subject subject, Path file, ImportKind kind, Map<String, String> mapping,
            boolean goodRowsOnly, Progress progress) {
        TrainingAccess.checkEditor(subject);
        ImportReport r = new TrainingImporter(this, subject).run(file, kind, mapping == null ? Map.of() : mapping,
                goodRowsOnly, progress == null ? Progress.NONE : progress);
        if (!r.imported()) { // written rows were audited in their own transaction; a refused file changes nothing
            audit.append(subject, AuditLog.CHANGE, "training-import:" + file.getFileName(), kind + " rows=" + r.rows()
                    + " added=0 updated=0 bad=" + r.badRows() + " imported=false");
        }
        return r;
    }
}
