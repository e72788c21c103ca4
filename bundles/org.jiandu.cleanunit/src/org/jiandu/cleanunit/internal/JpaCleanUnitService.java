package org.jiandu.cleanunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.cleanunit.CreationAction;
import org.jiandu.cleanunit.CreationFilter;
import org.jiandu.cleanunit.CreationStatus;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.EvaluationView;
import org.jiandu.cleanunit.EvidenceType;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.cleanunit.NegativeEvent;
import org.jiandu.cleanunit.Scoring;
import org.jiandu.cleanunit.SiteView;
import org.jiandu.cleanunit.TransitionView;
import org.jiandu.cleanunit.WorkflowException;
import org.jiandu.core.CadreView;
import org.jiandu.core.CaseFiledListener;
import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.office.XlsxWriter;
import org.jiandu.core.pdf.PdfReport;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;

/** Clean-unit creation in the module's own tables; scope by the unit's organisation path, every change audited. */
@Component(service = { CleanUnitService.class, CaseFiledListener.class })
public class JpaCleanUnitService implements CleanUnitService, CaseFiledListener {

    /** Family creations are keyed by the cadre: {@code family:<cadre code>}. */
    static final String FAMILY_PREFIX = "family:";
    static final int DEFAULT_TARGET_PERCENT = 80;
    /** Names are data (stored, matched against cases), so they are Chinese in every locale, like the jurisdiction's. */
    static final String FAMILY_SUFFIX = "家庭", COUNTY_UNITS = "县直单位";

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

    /** Parsed standards by id: published versions never change, so they are parsed once. */
    private final Map<Long, IndicatorSet> parsed = new ConcurrentHashMap<>();

    // ---- roles -------------------------------------------------------------------------------------------------

    /**
     * The unit's side (with the township commission that guides it): declare, assess itself, appeal. The county
     * commission's side ({@link Role#actsForCounty()}) reviews, verifies, notices, publishes, revokes and scores on site.
     */
    static boolean unitSide(Role r) {
        return r.actsForCounty() || r == Role.TOWNSHIP_COMMISSION;
    }

    private static void requireUnitSide(Subject s) {
        if (!unitSide(s.role())) {
            throw new AccessDeniedException(CuMessages.bind(CuMessages.may_not_edit, s.username()));
        }
    }

    private static void requireCounty(Subject s, String what) {
        if (!s.role().actsForCounty()) {
            throw new AccessDeniedException(CuMessages.bind(CuMessages.county_only, what));
        }
    }

    // ---- standards ---------------------------------------------------------------------------------------------

    /** The database whose default standards are known to be there (checked once per opened database, not per call). */
    private volatile Database shipped;

    /** Ships version 1 of each kind's default standard the first time the module opens a database. */
    private void ensureDefaults() {
        Database db = store.db();
        if (db == shipped) {
            return;
        }
        db.txRun(em -> {
            for (CleanUnitKind k : CleanUnitKind.values()) {
                if (em.createQuery("select count(s) from CuStandard s where s.kind = :k", Long.class).setParameter("k", k)
                        .getSingleResult() == 0) {
                    IndicatorSet set = IndicatorSetFormat.parse(k, defaultText(k));
                    if (!set.problems().isEmpty()) {
                        throw new IllegalStateException("shipped standard " + k + ": " + set.problems());
                    }
                    persist(em, set.withVersion(1, "system", Instant.now()));
                }
            }
        });
        shipped = db;
    }

    static String defaultText(CleanUnitKind k) {
        try (InputStream in = JpaCleanUnitService.class.getClassLoader().getResourceAsStream("standards/" + k.name() + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("the module has no default standard for " + k);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Standard persist(EntityManager em, IndicatorSet set) {
        Standard s = new Standard();
        s.kind = set.kind();
        s.versionNo = set.version();
        s.title = set.title();
        s.content = IndicatorSetFormat.write(set);
        s.createdBy = set.createdBy();
        s.createdAt = set.createdAt();
        em.persist(s);
        return s;
    }

    private IndicatorSet set(Standard s) {
        return parsed.computeIfAbsent(s.id, id -> IndicatorSetFormat.parse(s.kind, s.content).withVersion(s.versionNo, s.createdBy,
                s.createdAt));
    }

    private IndicatorSet set(EntityManager em, long standardId) {
        IndicatorSet cached = parsed.get(standardId);
        return cached != null ? cached : set(em.find(Standard.class, standardId));
    }

    /** The city's current standard of a kind (the one every county uses that has none of its own). */
    private Standard currentEntity(EntityManager em, CleanUnitKind kind) {
        return currentEntity(em, kind, null);
    }

    /**
     * The standard in force at {@code path}: the newest of its county's own versions, else the newest of the city's
     * (owner null). A null path is the city's.
     */
    private Standard currentEntity(EntityManager em, CleanUnitKind kind, String path) {
        Standard best = null;
        for (Standard s : em.createQuery("select s from CuStandard s where s.kind = :k order by s.versionNo desc", Standard.class)
                .setParameter("k", kind).getResultList()) {
            boolean covers = s.ownerPath == null || (path != null && path.startsWith(s.ownerPath));
            if (covers && (best == null || depth(s) > depth(best))) {
                best = s;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no standard for " + kind);
        }
        return best;
    }

    private static int depth(Standard s) {
        return s.ownerPath == null ? 0 : s.ownerPath.length();
    }

    /**
     * What a subject's published standard belongs to: their county (its path), or the city (null) when their scope is
     * the city; a scope below a county publishes none.
     */
    private static String ownerFor(Subject s) {
        String[] parts = s.scopePath().split("/");
        long depth = java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).count();
        if (depth > 2) {
            throw new AccessDeniedException(CuMessages.bind(CuMessages.county_only, CuMessages.publish_standard));
        }
        return depth <= 1 ? null : s.scopePath();
    }

    @Override
    public List<IndicatorSet> standards(CleanUnitKind kind) {
        ensureDefaults();
        return store.db().read(em -> em.createQuery("select s from CuStandard s where s.kind = :k order by s.versionNo desc",
                Standard.class).setParameter("k", kind).getResultList().stream().map(this::set).toList());
    }

    @Override
    public IndicatorSet currentStandard(CleanUnitKind kind) {
        ensureDefaults();
        return store.db().read(em -> set(currentEntity(em, kind)));
    }

    @Override
    public IndicatorSet currentStandard(Subject subject, CleanUnitKind kind) {
        ensureDefaults();
        return store.db().read(em -> set(currentEntity(em, kind, subject.scopePath())));
    }

    @Override
    public Optional<IndicatorSet> standard(CleanUnitKind kind, int version) {
        return standards(kind).stream().filter(s -> s.version() == version).findFirst();
    }

    @Override
    public IndicatorSet publishStandard(Subject subject, IndicatorSet draft) {
        requireCounty(subject, CuMessages.publish_standard);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.standard_refused, String.join("; ", problems)));
        }
        String owner = ownerFor(subject);
        ensureDefaults();
        IndicatorSet published = store.db().tx(em -> {
            // version numbers run per kind over every owner, so a version number names one standard
            int next = em.createQuery("select max(s.versionNo) from CuStandard s where s.kind = :k", Integer.class)
                    .setParameter("k", draft.kind()).getSingleResult() + 1;
            IndicatorSet s = draft.withVersion(next, subject.username(), Instant.now());
            persist(em, s).ownerPath = owner;
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit-standard:" + draft.kind() + "/" + s.version() + "@"
                    + (owner == null ? "city" : owner), s.title() + ", " + s.indicators().size() + " indicators, pass " + s.passLine());
            return s;
        });
        return published;
    }

    // ---- units and creations -------------------------------------------------------------------------------------

    /** The unit a code names, with the township (or county) it is counted under. */
    record Unit(String code, String name, String groupCode, String groupName, String path) {
    }

    Unit resolve(Subject subject, String unitCode, CleanUnitKind kind) {
        String code = unitCode == null ? "" : unitCode.strip();
        if (kind == CleanUnitKind.FAMILY) {
            String cadreCode = code.startsWith(FAMILY_PREFIX) ? code.substring(FAMILY_PREFIX.length()) : code;
            CadreView c = orgs.cadre(subject, cadreCode).orElseThrow(() -> new IllegalArgumentException(CuMessages.bind(
                    CuMessages.no_unit, unitCode)));
            String[] group = group(subject, c.orgPath(), OrgLevel.VILLAGE);
            return new Unit(FAMILY_PREFIX + c.code(), c.name() + FAMILY_SUFFIX, group[0], group[1], c.orgPath());
        }
        OrgNodeView n = orgs.find(subject, code).filter(o -> subject.covers(o.path())).orElseThrow(() -> new IllegalArgumentException(
                CuMessages.bind(CuMessages.no_unit, unitCode)));
        if (n.closed()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.unit_closed, n.name(), n.closedOn()));
        }
        // a village declares 村居; a county-level unit the kind of its UnitKind; a township may be a 清廉机关
        boolean fits = kind == CleanUnitKind.VILLAGE ? n.level() == OrgLevel.VILLAGE
                : (kind == CleanUnitKind.AGENCY && n.level() == OrgLevel.TOWNSHIP)
                        || (n.unitKind() != null && CleanUnitKind.of(n.unitKind()) == kind);
        if (!fits) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.wrong_kind, n.name(), n.unitKind() != null ? n.unitKind()
                    : n.level(), kind.label()));
        }
        String[] group = group(subject, n.path(), n.level());
        return new Unit(n.code(), n.name(), group[0], group[1], n.path());
    }

    /** Township code and name for a path below a township; the county's own units for a path directly below a county. */
    private String[] group(Subject subject, String path, OrgLevel level) {
        String[] seg = path.substring(1).split("/");
        // /city/county/township/village/: a township is the third segment
        if (seg.length >= 3 && level != OrgLevel.UNIT) {
            OrgNodeView t = orgs.find(Subject.system(subject.scopePath()), seg[2]).orElse(null);
            if (t != null && t.level() == OrgLevel.TOWNSHIP) {
                return new String[] { t.code(), t.name() };
            }
        }
        String county = seg.length >= 2 ? seg[1] : seg[0];
        String name = orgs.find(Subject.system("/"), county).map(OrgNodeView::name).orElse(county);
        return new String[] { county, name + COUNTY_UNITS };
    }

    private static String like(Subject s) {
        return s.scopePath() + "%";
    }

    private Creation creation(EntityManager em, Subject subject, long id) {
        Creation c = em.find(Creation.class, id);
        if (c == null || !subject.covers(c.orgPath)) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_creation, id));
        }
        return c;
    }

    private static CreationView view(Creation c, Map<Long, String> siteNames) {
        return new CreationView(c.id, c.version, c.unitCode, c.unitName, c.kind, c.groupCode, c.groupName, c.orgPath, c.status, c.tier,
                c.declaredOn, c.statusSince, c.site, c.siteId == null ? 0 : c.siteId,
                c.siteId == null ? null : siteNames.get(c.siteId), c.latestTotal == null ? Double.NaN : c.latestTotal, c.latestPassed,
                c.lastMonitored, c.openEvents);
    }

    private List<CreationView> views(EntityManager em, List<Creation> list) {
        Set<Long> ids = list.stream().filter(c -> c.siteId != null).map(c -> c.siteId).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select c.id, c.unitName from CuCreation c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return list.stream().map(c -> view(c, names)).toList();
    }

    @Override
    public List<CreationView> creations(Subject subject, CreationFilter f) {
        StringBuilder q = new StringBuilder("select c from CuCreation c where c.orgPath like :p");
        Map<String, Object> params = new HashMap<>();
        params.put("p", like(subject));
        if (f.kind() != null) {
            q.append(" and c.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.status() != null) {
            q.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.groupCode() != null && !f.groupCode().isBlank()) {
            q.append(" and c.groupCode = :group");
            params.put("group", f.groupCode());
        }
        if (f.text() != null && !f.text().isBlank()) {
            q.append(" and (c.unitName like :t or c.unitCode like :t)");
            params.put("t", "%" + f.text().strip() + "%");
        }
        q.append(" order by c.groupCode, c.kind, c.unitCode");
        return store.db().read(em -> {
            var query = em.createQuery(q.toString(), Creation.class).setMaxResults(Math.max(1, f.max()));
            params.forEach(query::setParameter);
            return views(em, query.getResultList());
        });
    }

    @Override
    public Optional<CreationView> creation(Subject subject, long id) {
        return store.db().read(em -> {
            Creation c = em.find(Creation.class, id);
            return c == null || !subject.covers(c.orgPath) ? Optional.<CreationView> empty() : Optional.of(views(em, List.of(c)).get(0));
        });
    }

    @Override
    public List<CreationView> creationsOf(Subject subject, String unitCode) {
        return store.db().read(em -> views(em, em.createQuery("select c from CuCreation c where c.unitCode = :u and c.orgPath like :p"
                + " order by c.kind", Creation.class).setParameter("u", unitCode).setParameter("p", like(subject)).getResultList()));
    }

    private static LocalDate effective(LocalDate on) {
        LocalDate d = on == null ? LocalDate.now() : on;
        if (d.isAfter(LocalDate.now())) {
            throw new WorkflowException(CuMessages.bind(CuMessages.future_date, d));
        }
        return d;
    }

    @Override
    public CreationView declare(Subject subject, String unitCode, CleanUnitKind kind, LocalDate on) {
        requireUnitSide(subject);
        LocalDate day = effective(on);
        Unit u = resolve(subject, unitCode, kind);
        ensureDefaults();
        CreationView v = store.db().tx(em -> {
            Creation old = em.createQuery("select c from CuCreation c where c.unitCode = :u and c.kind = :k", Creation.class)
                    .setParameter("u", u.code()).setParameter("k", kind).getResultStream().findFirst().orElse(null);
            if (old != null) {
                throw new WorkflowException(CuMessages.bind(CuMessages.already_declared, u.name(), kind.label(), old.status.label()));
            }
            Creation c = declared(em, u, kind, day, subject.username(), Instant.now());
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + c.id, "declared " + u.code() + " " + kind);
            return view(c, Map.of());
        });
        return v;
    }

    /** A new creation of a unit, declared on the day, with its first step of history (the demo declares through this too). */
    static Creation declared(EntityManager em, Unit u, CleanUnitKind kind, LocalDate day, String by, Instant recordedAt) {
        Creation c = new Creation();
        c.unitCode = u.code();
        c.unitName = u.name();
        c.kind = kind;
        c.groupCode = u.groupCode();
        c.groupName = u.groupName();
        c.orgPath = u.path();
        c.status = CreationStatus.DECLARED;
        c.declaredOn = day;
        c.statusSince = day;
        c.cycle = 1;
        em.persist(c); // the sequence gives the id now
        record(em, c, "DECLARE", null, CreationStatus.DECLARED, null, by, day, recordedAt);
        return c;
    }

    /** One step of the history; the demo writes its dated histories through this too. */
    static void record(EntityManager em, Creation c, String action, CreationStatus from, CreationStatus to, String reason, String by,
            LocalDate on, Instant recordedAt) {
        Transition t = new Transition();
        t.creationId = c.id;
        t.action = action;
        t.from = from;
        t.to = to;
        t.reason = reason;
        t.by = by;
        t.on = on;
        t.recordedAt = recordedAt;
        em.persist(t);
    }

    @Override
    public CreationView transition(Subject subject, long creationId, long expectedVersion, CreationAction action, String reason,
            LocalDate on) {
        if (action.countyOnly()) {
            requireCounty(subject, action.label());
        } else {
            requireUnitSide(subject);
        }
        LocalDate day = effective(on);
        String why = reason == null ? null : reason.strip();
        if (action.needsReason() && (why == null || why.isEmpty())) {
            throw new WorkflowException(CuMessages.bind(CuMessages.needs_reason, action.label()));
        }
        CreationView v = store.db().tx(em -> {
            Creation c = creation(em, subject, creationId);
            if (expectedVersion >= 0 && c.version != expectedVersion) {
                throw new StaleDataException(CuMessages.bind(CuMessages.stale, c.unitName));
            }
            if (!action.from().contains(c.status)) {
                throw new WorkflowException(CuMessages.bind(CuMessages.not_from, action.label(), c.status.label(),
                        action.from().stream().map(CreationStatus::label).collect(Collectors.joining(CuMessages.sep))));
            }
            if (day.isBefore(c.statusSince)) {
                throw new WorkflowException(CuMessages.bind(CuMessages.before_last, day, c.statusSince));
            }
            check(em, c, action, day);
            CreationStatus from = c.status;
            apply(em, c, action, day);
            record(em, c, action.name(), from, c.status, why, subject.username(), day, Instant.now());
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, action + " → " + c.status + (why == null ? "" : " (" + why + ")"));
            return views(em, List.of(c)).get(0);
        });
        return v;
    }

    /** The rules beyond the status graph: what must exist before a step may be taken. */
    private void check(EntityManager em, Creation c, CreationAction action, LocalDate day) {
        switch (action) {
            case SELF_ASSESS -> {
                if (latest(em, c, EvaluationStage.SELF) == null) {
                    throw new WorkflowException(CuMessages.needs_self);
                }
            }
            case REVIEW -> {
                Evaluation self = latest(em, c, EvaluationStage.SELF);
                IndicatorSet set = self == null ? set(currentEntity(em, c.kind, c.orgPath)) : set(em, self.standardId);
                Set<String> filed = new TreeSet<>(em.createQuery("select e.indicator from CuEvidence e where e.creationId = :c", String.class)
                        .setParameter("c", c.id).getResultList());
                List<String> missing = set.indicators().stream().filter(i -> i.needsEvidence() && !filed.contains(i.code()))
                        .map(i -> i.code() + " " + i.evidence()).toList();
                if (!missing.isEmpty()) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.missing_evidence, String.join(CuMessages.sep, missing)));
                }
            }
            case VERIFY -> {
                Evaluation onSite = latest(em, c, EvaluationStage.ON_SITE);
                if (onSite == null) {
                    throw new WorkflowException(CuMessages.needs_onsite);
                }
                if (!onSite.passed) {
                    IndicatorSet set = set(em, onSite.standardId);
                    throw new WorkflowException(CuMessages.bind(CuMessages.onsite_failed, IndicatorSetFormat.num(onSite.total),
                            IndicatorSetFormat.num(set.passLine()), onSite.knockouts == null ? "" : "; " + onSite.knockouts));
                }
            }
            case NOTICE, PUBLISH -> {
                if (c.openEvents > 0) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.open_events, c.openEvents, openEventText(em, c)));
                }
                if (action == CreationAction.PUBLISH && day.isBefore(c.statusSince.plusDays(CreationAction.NOTICE_DAYS))) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.notice_running, c.statusSince.plusDays(CreationAction.NOTICE_DAYS)));
                }
            }
            case APPEAL -> {
                if (day.isAfter(c.statusSince.plusDays(CreationAction.APPEAL_DAYS))) {
                    throw new WorkflowException(CuMessages.bind(CuMessages.appeal_late, CreationAction.APPEAL_DAYS,
                            c.statusSince.plusDays(CreationAction.APPEAL_DAYS)));
                }
            }
            default -> {
            }
        }
    }

    private static String openEventText(EntityManager em, Creation c) {
        return em.createQuery("select e from CuEvent e where e.creationId = :c and e.resolved = false order by e.id", Event.class)
                .setParameter("c", c.id).getResultStream().map(e -> e.description).collect(Collectors.joining("; "));
    }

    private void apply(EntityManager em, Creation c, CreationAction action, LocalDate day) {
        c.status = action.to();
        c.statusSince = day;
        switch (action) {
            case PUBLISH -> c.tier = latest(em, c, EvaluationStage.ON_SITE).tier;
            case REINSTATE, REVOKE -> {
                em.createQuery("update CuEvent e set e.resolved = true where e.creationId = :c").setParameter("c", c.id).executeUpdate();
                c.openEvents = 0;
                if (action == CreationAction.REVOKE) {
                    c.tier = null;
                }
            }
            case REDECLARE -> {
                c.cycle++;
                c.tier = null;
                c.declaredOn = day;
            }
            default -> {
            }
        }
    }

    /** The newest evaluation of a stage in the creation's current cycle (a redeclaration starts a new one). */
    private static Evaluation latest(EntityManager em, Creation c, EvaluationStage stage) {
        return em.createQuery("select e from CuEvaluation e where e.creationId = :c and e.stage = :s and e.cycle = :cycle"
                + " order by e.id desc", Evaluation.class)
                .setParameter("c", c.id).setParameter("s", stage).setParameter("cycle", c.cycle).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public List<TransitionView> history(Subject subject, long creationId) {
        return store.db().read(em -> {
            creation(em, subject, creationId);
            return em.createQuery("select t from CuTransition t where t.creationId = :c order by t.id", Transition.class)
                    .setParameter("c", creationId).getResultStream()
                    .map(t -> new TransitionView(t.action, t.from, t.to, t.reason, t.by, t.on, t.recordedAt)).toList();
        });
    }

    // ---- evaluations -------------------------------------------------------------------------------------------

    @Override
    public EvaluationView score(Subject subject, long creationId, EvaluationStage stage, int year, Map<String, Double> scores,
            double bonus, Set<String> knockOuts, Map<String, String> notes) {
        if (stage == EvaluationStage.SELF) {
            requireUnitSide(subject);
        } else {
            requireCounty(subject, stage.label());
        }
        if (year < 2000 || year > LocalDate.now().getYear()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.bad_year, year));
        }
        ensureDefaults();
        EvaluationView v = store.db().tx(em -> {
            Creation c = creation(em, subject, creationId);
            CreationStatus needed = switch (stage) {
                case SELF -> CreationStatus.IN_PROGRESS;
                case ON_SITE -> CreationStatus.REVIEWED;
                case MONITORING -> CreationStatus.PUBLISHED;
            };
            if (c.status != needed) {
                throw new WorkflowException(CuMessages.bind(CuMessages.stage_status, stage.label(), needed.label(), c.unitName,
                        c.status.label()));
            }
            if (stage == EvaluationStage.MONITORING && (c.lastMonitored >= year || year < c.statusSince.getYear())) {
                throw new WorkflowException(CuMessages.bind(CuMessages.monitored_already, c.unitName, year));
            }
            Standard std = currentEntity(em, c.kind, c.orgPath);
            IndicatorSet set = set(std);
            Scoring.Result r;
            try {
                r = Scoring.score(set, scores, bonus, knockOuts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.score_refused, e.getMessage()));
            }
            Evaluation e = new Evaluation();
            e.creationId = c.id;
            e.stage = stage;
            e.year = year;
            e.cycle = c.cycle;
            e.standardId = std.id;
            e.verdict(r);
            e.scoredBy = subject.username();
            e.scoredAt = Instant.now();
            for (IndicatorSet.Indicator i : set.indicators()) {
                String note = notes == null ? null : notes.get(i.code());
                e.score(i.code(), scores.get(i.code()), note == null || note.isBlank() ? null : note.strip());
            }
            em.persist(e);
            c.latestTotal = e.total;
            c.latestPassed = e.passed;
            LocalDate today = LocalDate.now();
            if (stage == EvaluationStage.MONITORING) {
                c.lastMonitored = year;
                if (!e.passed && e.knockouts == null) {
                    raise(em, c, "MONITORING", String.valueOf(year), CuMessages.bind(CuMessages.monitoring_failed, year,
                            IndicatorSetFormat.num(e.total)), today, subject.username(), Instant.now());
                }
            }
            if (e.knockouts != null) {
                String text = Arrays.stream(e.knockouts.split(",")).map(k -> k + " " + set.knockOut(k).map(IndicatorSet.KnockOut::text)
                        .orElse("")).collect(Collectors.joining("; "));
                raise(em, c, "KNOCKOUT", stage.name() + " " + year, CuMessages.bind(CuMessages.knocked_out, text), today, subject.username(), Instant.now());
            }
            em.flush();
            EvaluationView scored = view(e, set);
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, stage + " " + year + " scored "
                    + IndicatorSetFormat.num(scored.total()) + (scored.passed() ? " passed" : " failed") + " under " + scored.kind()
                    + "/" + scored.standardVersion());
            return scored;
        });
        return v;
    }

    private static EvaluationView view(Evaluation e, IndicatorSet set) {
        return new EvaluationView(e.id, e.creationId, e.stage, e.year, set.kind(), set.version(), e.points, e.bonus, e.total, e.passed,
                e.tier, e.knockouts == null ? List.of() : List.of(e.knockouts.split(",")),
                e.scores.stream().map(s -> new EvaluationView.Score(s.indicator, s.points, s.note)).toList(), e.scoredBy, e.scoredAt);
    }

    @Override
    public List<EvaluationView> evaluations(Subject subject, long creationId) {
        return store.db().read(em -> {
            creation(em, subject, creationId);
            return em.createQuery("select e from CuEvaluation e where e.creationId = :c order by e.id desc", Evaluation.class)
                    .setParameter("c", creationId).getResultStream().map(e -> view(e, set(em, e.standardId))).toList();
        });
    }

    // ---- negative events -----------------------------------------------------------------------------------------

    /** Records an event; a published title goes under review, an unpublished creation cannot be noticed or published. */
    static Event raise(EntityManager em, Creation c, String source, String reference, String description, LocalDate on, String by,
            Instant recordedAt) {
        Event e = new Event();
        e.creationId = c.id;
        e.source = source;
        e.reference = reference;
        e.description = description;
        e.occurredOn = on;
        e.recordedAt = recordedAt;
        em.persist(e);
        c.openEvents++;
        if (c.status == CreationStatus.PUBLISHED) {
            LocalDate since = on.isBefore(c.statusSince) ? c.statusSince : on; // never before the title was given
            record(em, c, CreationAction.SUSPEND.name(), c.status, CreationStatus.UNDER_REVIEW,
                    CuMessages.bind(CuMessages.event_reason, description), by, since, recordedAt);
            c.status = CreationStatus.UNDER_REVIEW;
            c.statusSince = since;
        }
        return e;
    }

    private static NegativeEvent view(Event e) {
        return new NegativeEvent(e.id, e.creationId, e.source, e.reference, e.description, e.occurredOn, e.resolved);
    }

    @Override
    public List<NegativeEvent> negativeEvent(Subject subject, String unitCode, String source, String reference, String description,
            LocalDate on) {
        requireCounty(subject, CuMessages.record_event);
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.needs_reason, CuMessages.record_event));
        }
        LocalDate day = effective(on);
        String src = source == null || source.isBlank() ? "MANUAL" : source.strip().toUpperCase(java.util.Locale.ROOT);
        List<NegativeEvent> out = store.db().tx(em -> {
            List<Creation> hit = em.createQuery("select c from CuCreation c where c.unitCode = :u and c.orgPath like :p", Creation.class)
                    .setParameter("u", unitCode).setParameter("p", like(subject)).getResultList();
            if (hit.isEmpty()) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_unit, unitCode));
            }
            List<NegativeEvent> raised = hit.stream().map(c -> view(raise(em, c, src, reference, description.strip(), day,
                    subject.username(), Instant.now()))).toList();
            raised.forEach(e -> audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + e.creationId(), "negative event " + src
                    + " " + (reference == null ? "" : reference)));
            return raised;
        });
        return out;
    }

    /**
     * A filed case: every creation of the organisation the case belongs to, and the family of the cadre it concerns
     * (matched by name under that organisation), gets a negative event once per case number.
     */
    @Override
    public void caseFiled(Subject subject, String orgCode, String caseNo, String subjectName, LocalDate filedOn) {
        reviewAfterCase(subject, orgCode, caseNo, subjectName, filedOn);
    }

    /** @return how many creations got a new event */
    int reviewAfterCase(Subject subject, String orgCode, String caseNo, String subjectName, LocalDate filedOn) {
        OrgNodeView org = orgs.find(Subject.system("/"), orgCode).orElse(null);
        if (org == null) {
            return 0;
        }
        String description = CuMessages.bind(CuMessages.case_event, caseNo, subjectName == null ? "" : subjectName);
        LocalDate day = filedOn == null || filedOn.isAfter(LocalDate.now()) ? LocalDate.now() : filedOn;
        List<Long> touched = store.db().tx(em -> {
            List<Creation> hit = new ArrayList<>(em.createQuery("select c from CuCreation c where c.unitCode = :u and c.kind <> :f",
                    Creation.class).setParameter("u", orgCode).setParameter("f", CleanUnitKind.FAMILY).getResultList());
            if (subjectName != null && !subjectName.isBlank()) {
                hit.addAll(em.createQuery("select c from CuCreation c where c.kind = :f and c.unitName = :n and c.orgPath like :p",
                        Creation.class).setParameter("f", CleanUnitKind.FAMILY).setParameter("n", subjectName.strip() + FAMILY_SUFFIX)
                        .setParameter("p", org.path() + "%").getResultList());
            }
            List<Long> ids = new ArrayList<>();
            for (Creation c : hit) {
                boolean known = em.createQuery("select count(e) from CuEvent e where e.creationId = :c and e.source = 'CASE'"
                        + " and e.reference = :r", Long.class).setParameter("c", c.id).setParameter("r", caseNo).getSingleResult() > 0;
                if (!known && c.status != CreationStatus.REVOKED) {
                    raise(em, c, "CASE", caseNo, description, day.isBefore(c.declaredOn) ? c.declaredOn : day, subject.username(), Instant.now());
                    ids.add(c.id);
                }
            }
            ids.forEach(id -> audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + id, "negative event CASE " + caseNo));
            return ids;
        });
        return touched.size();
    }

    @Override
    public List<NegativeEvent> events(Subject subject, long creationId) {
        return store.db().read(em -> {
            creation(em, subject, creationId);
            return em.createQuery("select e from CuEvent e where e.creationId = :c order by e.id", Event.class).setParameter("c", creationId)
                    .getResultStream().map(JpaCleanUnitService::view).toList();
        });
    }

    /** An export's audit detail: the file's name and the SHA-256 of what was written. */
    private static String written(Path file) throws IOException {
        return file.getFileName() + " sha256=" + Hashes.sha256(Files.readAllBytes(file));
    }

    // ---- evidence ------------------------------------------------------------------------------------------------

    @Override
    public EvidenceView addEvidence(Subject subject, long creationId, String indicator, Path file) throws IOException {
        requireUnitSide(subject);
        Path folder = evidenceFolder();
        if (!Files.isRegularFile(file) || !Files.isReadable(file) || Files.size(file) == 0) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.evidence_unreadable, file));
        }
        CreationView c = creation(subject, creationId).orElseThrow(() -> new IllegalArgumentException(CuMessages.bind(
                CuMessages.no_creation, creationId)));
        IndicatorSet standard = store.db().read(em -> set(currentEntity(em, c.kind(), c.orgPath())));
        if (standard.indicator(indicator).isEmpty()) {
            throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_indicator, indicator, c.kind().label()));
        }
        long size = Files.size(file);
        String sha = Hashes.storeByContent(file, folder);
        EvidenceView v = store.db().tx(em -> {
            Evidence e = new Evidence();
            e.creationId = creationId;
            e.indicator = indicator;
            e.fileName = file.getFileName().toString();
            e.sha256 = sha;
            e.size = size;
            e.addedBy = subject.username();
            e.addedAt = Instant.now();
            em.persist(e);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, "evidence " + indicator + " " + e.fileName + " sha256=" + sha);
            return view(e);
        });
        EvidenceSink sink = evidenceSink;
        if (sink != null) {
            String[] path = c.orgPath().split("/");
            sink.added(subject, path[path.length - 1], v.id(), v.fileName(), folder.resolve(sha));
        }
        return v;
    }

    private static EvidenceView view(Evidence e) {
        return new EvidenceView(e.id, e.creationId, e.indicator, e.fileName, e.sha256, e.size, e.addedBy, e.addedAt);
    }

    @Override
    public List<EvidenceView> evidence(Subject subject, long creationId) {
        return store.db().read(em -> {
            creation(em, subject, creationId);
            return em.createQuery("select e from CuEvidence e where e.creationId = :c order by e.indicator, e.id", Evidence.class)
                    .setParameter("c", creationId).getResultStream().map(JpaCleanUnitService::view).toList();
        });
    }

    @Override
    public Path evidenceFile(Subject subject, long evidenceId) {
        Path folder = evidenceFolder();
        Evidence e = stored(subject, evidenceId);
        audit.append(subject, AuditLog.READ, "cleanunit:" + e.creationId, "evidence " + e.fileName + " sha256=" + e.sha256);
        return folder.resolve(e.sha256);
    }

    /** An evidence entry of a creation in the subject's scope. */
    private Evidence stored(Subject subject, long evidenceId) {
        return store.db().read(em -> {
            Evidence found = em.find(Evidence.class, evidenceId);
            if (found == null) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_evidence, evidenceId));
            }
            creation(em, subject, found.creationId);
            return found;
        });
    }

    @Override
    public Path openEvidence(Subject subject, long evidenceId) throws IOException {
        Evidence e = stored(subject, evidenceId);
        Path file = evidenceFolder().resolve(e.sha256);
        EvidenceType type = EvidenceType.of(e.fileName, OpenedEvidence.head(file)).orElseThrow(() -> new IllegalArgumentException(
                CuMessages.bind(CuMessages.evidence_not_openable, e.fileName)));
        Path copy = OpenedEvidence.copy(dataDirectory, file, "evidence-" + e.id + "." + type.extension());
        audit.append(subject, AuditLog.READ, "cleanunit:" + e.creationId, "opened evidence " + e.fileName + " as " + type
                + " sha256=" + e.sha256);
        return copy;
    }

    @Override
    public void exportEvidence(Subject subject, long evidenceId, Path target) throws IOException {
        Evidence e = stored(subject, evidenceId);
        Files.copy(evidenceFolder().resolve(e.sha256), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        audit.append(subject, AuditLog.EXPORT, "cleanunit:" + e.creationId, "evidence " + e.fileName + " sha256=" + e.sha256
                + " to " + target.getFileName());
    }

    /** Where evidence files are kept by content hash: files/cleanunit in the open data directory. */
    private Path evidenceFolder() {
        DataDirectory dir = dataDirectory;
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        return dir.files().resolve("cleanunit");
    }

    // ---- demonstration sites -------------------------------------------------------------------------------------

    @Override
    public void setSite(Subject subject, long creationId, boolean site) {
        requireCounty(subject, CuMessages.site_action);
        store.db().txRun(em -> {
            Creation c = creation(em, subject, creationId);
            if (site && c.status != CreationStatus.PUBLISHED) {
                throw new WorkflowException(CuMessages.bind(CuMessages.site_needs_title, c.unitName, c.status.label()));
            }
            c.site = site;
            if (!site) {
                em.createQuery("update CuCreation c set c.siteId = null, c.version = c.version + 1 where c.siteId = :s")
                        .setParameter("s", c.id).executeUpdate();
            } else {
                c.siteId = null;
            }
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, site ? "made a demonstration site" : "no longer a demonstration site");
        });
    }

    @Override
    public void follow(Subject subject, long creationId, long siteId) {
        requireCounty(subject, CuMessages.site_action);
        store.db().txRun(em -> {
            Creation c = creation(em, subject, creationId);
            if (siteId == 0) {
                c.siteId = null;
                audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, "follows no site");
                return;
            }
            Creation s = creation(em, subject, siteId);
            if (!s.site) {
                throw new WorkflowException(CuMessages.bind(CuMessages.not_site, s.unitName));
            }
            if (s.kind != c.kind || s.id == c.id) {
                throw new WorkflowException(CuMessages.bind(CuMessages.site_kind, s.kind.label()));
            }
            c.siteId = s.id;
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit:" + creationId, "follows site " + siteId);
        });
    }

    @Override
    public List<SiteView> sites(Subject subject, CleanUnitKind kind) {
        List<CreationView> all = creations(subject, new CreationFilter(kind, null, null, null, Integer.MAX_VALUE));
        Map<Long, List<CreationView>> followers = all.stream().filter(c -> c.siteId() != 0).collect(Collectors.groupingBy(
                CreationView::siteId, LinkedHashMap::new, Collectors.toList()));
        return all.stream().filter(CreationView::site).map(s -> new SiteView(s, followers.getOrDefault(s.id(), List.of()))).toList();
    }

    // ---- coverage ------------------------------------------------------------------------------------------------

    @Override
    public void setTarget(Subject subject, String groupCode, CleanUnitKind kind, int eligible, int targetPercent) {
        requireCounty(subject, CuMessages.target_action);
        if (eligible < 0 || targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException(CuMessages.bad_target);
        }
        OrgNodeView g = orgs.find(subject, groupCode).filter(o -> subject.covers(o.path())
                && (o.level() == OrgLevel.TOWNSHIP || o.level() == OrgLevel.COUNTY)).orElseThrow(() -> new IllegalArgumentException(
                        CuMessages.bind(CuMessages.no_group, groupCode)));
        store.db().txRun(em -> {
            Target t = em.createQuery("select t from CuTarget t where t.groupCode = :g and t.kind = :k", Target.class)
                    .setParameter("g", g.code()).setParameter("k", kind).getResultStream().findFirst().orElse(null);
            if (t == null) {
                t = new Target();
                t.groupCode = g.code();
                t.orgPath = g.path();
                t.kind = kind;
                em.persist(t);
            }
            t.eligible = eligible;
            t.targetPercent = targetPercent;
            audit.append(em, subject, AuditLog.CHANGE, "cleanunit-target:" + groupCode + "/" + kind, eligible + " eligible, target "
                    + targetPercent + "%");
        });
    }

    /** Counts of one group and kind while the report is put together. */
    static final class Tally {
        String code, name;
        CleanUnitKind kind;
        int eligible = -1, declared, inProcess, published, underReview, revoked, rejected, meeting, due, target = DEFAULT_TARGET_PERCENT;

        void add(CreationStatus s, boolean passed, int n) {
            declared += n;
            if (s.inProcess()) {
                inProcess += n;
            }
            if (s.holdsTitle()) {
                published += n;
            }
            if (s == CreationStatus.UNDER_REVIEW) {
                underReview += n;
            }
            if (s == CreationStatus.REVOKED) {
                revoked += n;
            }
            if (s == CreationStatus.REJECTED) {
                rejected += n;
            }
            if (s == CreationStatus.PUBLISHED && passed) {
                meeting += n;
            }
        }

        CoverageRow row() {
            int e = eligible < 0 ? declared : eligible;
            return new CoverageRow(code, name, kind, e, declared, inProcess, published, underReview, revoked, rejected, meeting, target,
                    percent(meeting, e), due);
        }
    }

    @Override
    public List<CoverageRow> coverage(Subject subject, int year) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        return store.db().read(em -> {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (Object[] r : em.createQuery("select c.groupCode, c.groupName, c.kind, c.status, c.latestPassed, count(c)"
                    + " from CuCreation c where c.orgPath like :p group by c.groupCode, c.groupName, c.kind, c.status, c.latestPassed",
                    Object[].class).setParameter("p", like(subject)).getResultList()) {
                tally(tallies, (String) r[0], (String) r[1], (CleanUnitKind) r[2]).add((CreationStatus) r[3], (Boolean) r[4],
                        ((Number) r[5]).intValue());
            }
            // holding the title since before the year and not yet monitored in it
            for (Object[] r : em.createQuery("select c.groupCode, c.kind, count(c) from CuCreation c where c.orgPath like :p"
                    + " and c.status in :held and c.lastMonitored < :y and c.statusSince < :start group by c.groupCode, c.kind",
                    Object[].class).setParameter("p", like(subject)).setParameter("held", List.of(CreationStatus.PUBLISHED,
                            CreationStatus.UNDER_REVIEW)).setParameter("y", year).setParameter("start", yearStart).getResultList()) {
                tally(tallies, (String) r[0], null, (CleanUnitKind) r[1]).due += ((Number) r[2]).intValue();
            }
            for (Target target : em.createQuery("select t from CuTarget t where t.orgPath like :p", Target.class)
                    .setParameter("p", like(subject)).getResultList()) {
                Tally t = tally(tallies, target.groupCode, null, target.kind);
                t.eligible = target.eligible;
                t.target = target.targetPercent;
            }
            return rows(subject, tallies);
        });
    }

    private static Tally tally(Map<String, Tally> tallies, String code, String name, CleanUnitKind kind) {
        Tally t = tallies.computeIfAbsent(code + "/" + kind, k -> new Tally());
        t.code = code;
        t.kind = kind;
        if (name != null) {
            t.name = name;
        }
        return t;
    }

    /** Group rows ordered by group and kind, then a total per kind and an overall total. */
    List<CoverageRow> rows(Subject subject, Map<String, Tally> tallies) {
        List<Tally> list = new ArrayList<>(tallies.values());
        for (Tally t : list) {
            if (t.name == null) {
                t.name = orgs.find(subject, t.code).map(OrgNodeView::name).orElse(t.code);
            }
        }
        list.sort(Comparator.comparing((Tally t) -> t.code).thenComparing(t -> t.kind));
        List<CoverageRow> out = new ArrayList<>(list.stream().map(Tally::row).toList());
        Map<CleanUnitKind, List<CoverageRow>> byKind = new EnumMap<>(CleanUnitKind.class);
        out.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
        List<CoverageRow> totals = new ArrayList<>();
        byKind.forEach((k, rows) -> totals.add(total(k, rows)));
        out.addAll(totals);
        out.add(total(null, totals));
        return out;
    }

    private static CoverageRow total(CleanUnitKind kind, List<CoverageRow> rows) {
        int eligible = 0, declared = 0, inProcess = 0, published = 0, underReview = 0, revoked = 0, rejected = 0, meeting = 0, due = 0;
        double wanted = 0;
        for (CoverageRow r : rows) {
            eligible += r.eligible();
            declared += r.declared();
            inProcess += r.inProcess();
            published += r.published();
            underReview += r.underReview();
            revoked += r.revoked();
            rejected += r.rejected();
            meeting += r.meeting();
            due += r.monitoringDue();
            wanted += r.eligible() * r.targetPercent() / 100.0;
        }
        int target = eligible == 0 ? DEFAULT_TARGET_PERCENT : (int) Math.round(100 * wanted / eligible);
        return new CoverageRow(null, null, kind, eligible, declared, inProcess, published, underReview, revoked, rejected, meeting, target,
                percent(meeting, eligible), due);
    }

    /** Coverage: units meeting the standard per eligible unit, in percent to one decimal (0 when none is eligible). */
    private static double percent(int meeting, int eligible) {
        return eligible == 0 ? 0 : Math.round(1000.0 * meeting / eligible) / 10.0;
    }

    // ---- exports -------------------------------------------------------------------------------------------------

    @Override
    public void exportCoverage(Subject subject, int year, Path file) throws IOException {
        List<CoverageRow> rows = coverage(subject, year);
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(CuMessages.h_group, CuMessages.h_kind, CuMessages.h_eligible, CuMessages.h_declared, CuMessages.h_in_process,
                CuMessages.h_published, CuMessages.h_under_review, CuMessages.h_revoked, CuMessages.h_meeting, CuMessages.h_target,
                CuMessages.h_coverage, CuMessages.h_due));
        for (CoverageRow r : rows) {
            sheet.add(Arrays.asList(r.groupName() == null ? CuMessages.total : r.groupName(), r.kind() == null ? CuMessages.all_kinds
                    : r.kind().label(), r.eligible(), r.declared(), r.inProcess(), r.published(), r.underReview(), r.revoked(),
                    r.meeting(), r.targetPercent() + "%", r.coveragePercent() + "%", r.monitoringDue()));
        }
        PdfReport.writeSheets(file, CuMessages.bind(CuMessages.x_coverage_title, year), List.of(new XlsxWriter.Sheet(CuMessages.x_coverage,
                sheet)));
        audit.append(subject, AuditLog.EXPORT, "cleanunit-coverage:" + year, written(file) + ", " + rows.size() + " rows");
    }

    @Override
    public void exportCreations(Subject subject, CreationFilter filter, Path file) throws IOException {
        List<CreationView> list = creations(subject, filter);
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(CuMessages.h_unit, CuMessages.h_code, CuMessages.h_kind, CuMessages.h_group, CuMessages.h_status,
                CuMessages.h_tier, CuMessages.h_declared_on, CuMessages.h_latest, CuMessages.h_site));
        for (CreationView c : list) {
            sheet.add(Arrays.asList(c.unitName(), c.unitCode(), c.kind().label(), c.groupName(), c.status().label(),
                    c.tier() == null ? "" : c.tier(), c.declaredOn().toString(), Double.isNaN(c.latestTotal()) ? "" : c.latestTotal(),
                    c.site() ? CuMessages.site_label : c.siteName() == null ? "" : c.siteName()));
        }
        PdfReport.writeSheets(file, CuMessages.x_creations_title, List.of(new XlsxWriter.Sheet(CuMessages.x_creations, sheet)));
        audit.append(subject, AuditLog.EXPORT, "cleanunit-creations", written(file) + ", " + list.size() + " units");
    }

    @Override
    public void exportScoreSheet(Subject subject, long evaluationId, Path file) throws IOException {
        record Sheet(CreationView creation, EvaluationView evaluation, IndicatorSet set, Map<String, List<String>> evidence) {
        }
        Sheet s = store.db().read(em -> {
            Evaluation e = em.find(Evaluation.class, evaluationId);
            if (e == null) {
                throw new IllegalArgumentException(CuMessages.bind(CuMessages.no_evaluation, evaluationId));
            }
            Creation c = creation(em, subject, e.creationId);
            IndicatorSet set = set(em, e.standardId);
            Map<String, List<String>> ev = new HashMap<>();
            em.createQuery("select e from CuEvidence e where e.creationId = :c", Evidence.class).setParameter("c", c.id).getResultStream()
                    .forEach(x -> ev.computeIfAbsent(x.indicator, k -> new ArrayList<>()).add(x.fileName));
            return new Sheet(views(em, List.of(c)).get(0), view(e, set), set, ev);
        });
        EvaluationView e = s.evaluation();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(CuMessages.h_area, CuMessages.h_indicator, CuMessages.h_text, CuMessages.h_max, CuMessages.h_points,
                CuMessages.h_note, CuMessages.h_evidence));
        Map<String, EvaluationView.Score> scores = new HashMap<>();
        e.scores().forEach(x -> scores.put(x.indicator(), x));
        for (IndicatorSet.Indicator i : s.set().indicators()) {
            EvaluationView.Score x = scores.get(i.code());
            rows.add(Arrays.asList(i.area(), i.code(), i.name(), i.maxPoints(), x == null ? "" : x.points(),
                    x == null || x.note() == null ? "" : x.note(), String.join(CuMessages.sep, s.evidence().getOrDefault(i.code(), List.of()))));
        }
        rows.add(Arrays.asList("", "", CuMessages.h_bonus, s.set().bonusCap(), e.bonus(), "", ""));
        rows.add(Arrays.asList("", "", CuMessages.h_total, s.set().maxTotal(), e.total(), e.passed() ? CuMessages.passed
                : CuMessages.failed + (e.knockOuts().isEmpty() ? "" : " " + String.join(",", e.knockOuts())), e.tier() == null ? "" : e.tier()));
        String title = CuMessages.bind(CuMessages.x_score_title, new Object[] { s.creation().unitName(), e.stage().label(), e.year(),
                s.set().title(), e.standardVersion() });
        PdfReport.writeSheets(file, title, List.of(new XlsxWriter.Sheet(CuMessages.x_score, rows)));
        audit.append(subject, AuditLog.EXPORT, "cleanunit:" + e.creationId(), "score sheet " + evaluationId + " " + written(file));
    }
}
