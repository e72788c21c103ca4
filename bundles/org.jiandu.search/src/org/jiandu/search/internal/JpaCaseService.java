package org.jiandu.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jiandu.core.CaseFiledListener;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.Rank;
import org.jiandu.core.office.ImportReport;
import org.jiandu.core.office.ImportReport.RowError;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseValidationException;
import org.jiandu.search.CaseView;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.CollectionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/** Cases in the search module's tables, scoped by the organisation path kept on each case. */
@Component(service = CaseService.class)
public class JpaCaseService implements CaseService {

    private static final Map<String, Rank> RANKS = Map.of("处级", Rank.DIVISION, "科级", Rank.SECTION, "科员", Rank.STAFF,
            "村干部", Rank.VILLAGE);
    /** Logical columns an import file must have: number, subject, rank, township, category, status. */
    private static final Set<Integer> REQUIRED = Set.of(0, 1, 2, 3, 4, 8);

    @Reference
    SearchStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    /**
     * Modules told when a case is on file (clean-unit creation reviews the unit's title). Taken as service objects and
     * got only when a case is filed: a listener may itself need this service (clean unit → its evidence → the search
     * index → this register), and binding the listener itself would make Felix SCR activate it while this service is
     * being activated — a circular reference it could only break by leaving the listener out.
     */
    @Reference(service = CaseFiledListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, collectionType = CollectionType.SERVICEOBJECTS)
    final List<ComponentServiceObjects<CaseFiledListener>> caseListeners = new CopyOnWriteArrayList<>();

    /** Tells the listeners about a case past preliminary checking (filed, in trial or closed). */
    private void announce(Subject subject, Case c) {
        if (c.status != CaseStatus.PRELIMINARY) {
            for (ComponentServiceObjects<CaseFiledListener> listener : caseListeners) {
                CaseFiledListener l = listener.getService();
                if (l == null) {
                    continue; // gone meanwhile
                }
                try {
                    l.caseFiled(subject, c.orgCode, c.caseNo, c.subjectName, c.filedOn);
                } catch (RuntimeException e) {
                    // the case is saved; a module that could not react must not make the save look failed
                    System.getLogger(JpaCaseService.class.getName()).log(System.Logger.Level.WARNING, "case " + c.caseNo
                            + ": " + l.getClass().getSimpleName() + " failed: " + e);
                } finally {
                    listener.ungetService(l);
                }
            }
        }
    }

    @Override
    public List<CaseView> list(Subject subject, String text, CaseStatus status, int max) {
        checkReader(subject);
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        List<Case> found = store.db().read(em -> {
            TypedQuery<Case> q = em.createQuery("select c from CaseRecord c where c.orgPath like :scope"
                    + (like == null ? "" : " and (lower(c.caseNo) like :t or lower(c.subjectName) like :t or lower(c.category) like :t)")
                    + (status == null ? "" : " and c.status = :status")
                    + " order by c.filedOn desc, c.id desc", Case.class)
                    .setParameter("scope", subject.scopePath() + "%").setMaxResults(Math.max(1, max));
            if (like != null) {
                q.setParameter("t", like);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            return q.getResultList();
        });
        audit.append(subject, AuditLog.READ, "cases", "filter=" + (text == null ? "" : text.strip())
                + (status == null ? "" : " status=" + status) + " shown=" + found.size());
        Map<String, String> names = new HashMap<>();
        return found.stream().map(c -> view(subject, c, names)).toList();
    }

    @Override
    public Optional<CaseView> find(Subject subject, String caseNo) {
        checkReader(subject);
        Optional<Case> c = store.db().read(em -> byNumber(em, caseNo)).filter(x -> subject.covers(x.orgPath));
        if (!subject.isSystem()) { // the system's own lookups (demo data) are no person's read
            audit.append(subject, AuditLog.READ, "case:" + caseNo, c.isPresent() ? null : "not found in scope");
        }
        return c.map(x -> view(subject, x, new HashMap<>()));
    }

    @Override
    public CaseView save(Subject subject, CaseView draft) {
        checkEditor(subject);
        List<String> problems = new ArrayList<>();
        OrgNodeView org = validate(subject, draft, (field, msg) -> problems.add(field + ": " + msg));
        if (!problems.isEmpty()) {
            throw new CaseValidationException(problems);
        }
        String no = draft.caseNo().strip();
        try {
            Case saved = store.db().tx(em -> {
                Case c;
                if (draft.id() == 0) {
                    if (byNumber(em, no).isPresent()) {
                        throw new CaseValidationException(List.of(head(0) + ": " + CaseMessages.bind(CaseMessages.exists, no)));
                    }
                    c = new Case();
                } else {
                    c = em.find(Case.class, draft.id());
                    if (c == null || !subject.covers(c.orgPath)) {
                        throw new AccessDeniedException(CaseMessages.bind(CaseMessages.no_case_in_scope, no, subject.username()));
                    }
                    if (c.version != draft.version()) {
                        throw stale(no);
                    }
                    Optional<Case> other = byNumber(em, no);
                    if (other.isPresent() && other.get().id != c.id) {
                        throw new CaseValidationException(List.of(head(0) + ": " + CaseMessages.bind(CaseMessages.exists, no)));
                    }
                }
                apply(c, draft, org, subject);
                if (c.id == 0) {
                    em.persist(c);
                }
                em.flush();
                // in the change's transaction: no change without its entry, no entry for a change rolled back
                audit.append(em, subject, AuditLog.CHANGE, "case:" + c.caseNo, (draft.id() == 0 ? "created " : "updated ")
                        + c.orgCode + " " + c.status + " form=" + (c.form == null ? "-" : c.form.number()));
                return c;
            });
            announce(subject, saved);
            return view(subject, saved, new HashMap<>());
        } catch (OptimisticLockException e) {
            throw stale(no);
        } catch (PersistenceException e) {
            // EclipseLink's own OptimisticLockException, matched by name: this bundle does not import EclipseLink
            if (e.getCause() != null && e.getCause().getClass().getSimpleName().equals("OptimisticLockException")) {
                throw stale(no);
            }
            throw e;
        }
    }

    @Override
    public ImportReport importXlsx(Subject subject, Path file, boolean goodRowsOnly) {
        checkEditor(subject);
        List<RowError> errors = new ArrayList<>();
        List<XlsxReader.Row> rows;
        try {
            rows = XlsxReader.firstSheetRows(file);
        } catch (IOException e) {
            errors.add(new RowError(0, null, file.getFileName() + ": " + e.getMessage()));
            return new ImportReport(0, 0, 0, errors, false);
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(1, null, CaseMessages.sheet_empty));
            return new ImportReport(0, 0, 0, errors, false);
        }
        XlsxReader.Row header = rows.get(0);
        int[] col = new int[IMPORT_COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < col.length; i++) {
            col[i] = -1;
            for (int c = 0; c < header.cells().size(); c++) {
                String h = header.cell(c).strip().toLowerCase(Locale.ROOT);
                if (IMPORT_COLUMNS.get(i).contains(h)) {
                    col[i] = c;
                }
            }
            if (col[i] < 0 && REQUIRED.contains(i)) {
                missing.add(IMPORT_COLUMNS.get(i).get(0));
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new RowError(header.number(), null, CaseMessages.bind(CaseMessages.missing_columns, String.join(", ", missing),
                    String.join(" ", IMPORT_COLUMNS.stream().map(l -> l.get(0)).toList()))));
            return new ImportReport(rows.size() - 1, 0, 0, errors, false);
        }
        List<CaseView> good = new ArrayList<>();
        List<OrgNodeView> goodOrgs = new ArrayList<>();
        List<Integer> goodRowNumbers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XlsxReader.Row r : rows.subList(1, rows.size())) {
            int before = errors.size();
            Row row = new Row(r, col);
            String no = row.text(0);
            Rank rank = rank(row.text(2));
            if (rank == null && !row.text(2).isEmpty()) {
                errors.add(new RowError(r.number(), head(2), CaseMessages.bind(CaseMessages.unknown_rank, row.text(2))));
            }
            DisciplineForm form = null;
            if (col[5] >= 0 && !row.text(5).isEmpty()) {
                form = DisciplineForm.parse(row.text(5)).orElse(null);
                if (form == null) {
                    errors.add(new RowError(r.number(), head(5), CaseMessages.bind(CaseMessages.unknown_form, row.text(5))));
                }
            }
            CaseStatus status = CaseStatus.parse(row.text(8)).orElse(null);
            if (status == null) {
                errors.add(new RowError(r.number(), head(8), CaseMessages.bind(CaseMessages.unknown_status, row.text(8))));
            }
            LocalDate filed = date(row.text(6), r.number(), head(6), errors);
            LocalDate closed = date(row.text(7), r.number(), head(7), errors);
            String township = townshipCode(subject, row.text(3));
            if (township == null && !row.text(3).isEmpty()) {
                errors.add(new RowError(r.number(), head(3), CaseMessages.bind(CaseMessages.no_org, row.text(3), subject.username())));
            }
            CaseView draft = new CaseView(0, 0, no, row.text(1), rank, township, null, row.text(4), form, filed, closed, status);
            OrgNodeView org = null;
            if (errors.size() == before) {
                org = validate(subject, draft, (field, msg) -> errors.add(new RowError(r.number(), field, msg)));
            }
            if (!no.isEmpty() && !seen.add(no.toLowerCase(Locale.ROOT))) {
                errors.add(new RowError(r.number(), head(0), CaseMessages.bind(CaseMessages.twice, no)));
            }
            if (errors.size() == before && numberTakenOutside(subject, no)) {
                // a number another jurisdiction holds: refused like any bad row, and the message says nothing of
                // where it is or what it holds
                errors.add(new RowError(r.number(), head(0), CaseMessages.number_not_allowed));
            }
            if (errors.size() == before) {
                good.add(draft);
                goodOrgs.add(org);
                goodRowNumbers.add(r.number());
            }
        }
        int dataRows = rows.size() - 1;
        if (!errors.isEmpty() && !goodRowsOnly) {
            audit.append(subject, "case.import", file.toString(), "refused: " + errors.size() + " bad rows of " + dataRows);
            return new ImportReport(dataRows, 0, 0, errors, false);
        }
        int[] counts = new int[2];
        List<RowError> late = new ArrayList<>();
        List<Case> saved = new ArrayList<>();
        try {
            store.db().txRun(em -> {
                importRows(em, subject, good, goodOrgs, goodRowNumbers, goodRowsOnly, counts, late, saved);
                audit.append(em, subject, "case.import", file.toString(), "added=" + counts[0] + " updated=" + counts[1]
                        + " bad rows=" + (errors.size() + late.size()) + " of " + dataRows);
            });
        } catch (RefusedImport e) {
            // a number taken elsewhere between the check and the write: all or nothing still holds
            errors.addAll(late);
            audit.append(subject, "case.import", file.toString(), "refused: " + errors.size() + " bad rows of " + dataRows);
            return new ImportReport(dataRows, 0, 0, errors, false);
        }
        errors.addAll(late);
        saved.forEach(c -> announce(subject, c));
        return new ImportReport(dataRows, counts[0], counts[1], errors, true);
    }

    /** Thrown inside the import's transaction to roll it back. */
    private static final class RefusedImport extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Whether a case with this number exists outside the subject's scope. */
    private boolean numberTakenOutside(Subject subject, String no) {
        String n = no == null ? "" : no.strip();
        return !n.isEmpty() && store.db().read(em -> byNumber(em, n)).filter(c -> !subject.covers(c.orgPath)).isPresent();
    }

    private void importRows(jakarta.persistence.EntityManager em, Subject subject, List<CaseView> good,
            List<OrgNodeView> goodOrgs, List<Integer> rowNumbers, boolean goodRowsOnly, int[] counts, List<RowError> late,
            List<Case> saved) {
            for (int i = 0; i < good.size(); i++) {
                CaseView d = good.get(i);
                Optional<Case> existing = byNumber(em, d.caseNo().strip());
                if (existing.isPresent() && !subject.covers(existing.get().orgPath)) {
                    late.add(new RowError(rowNumbers.get(i), head(0), CaseMessages.number_not_allowed));
                    if (!goodRowsOnly) {
                        throw new RefusedImport();
                    }
                    continue;
                }
                Case c = existing.orElseGet(Case::new);
                apply(c, d, goodOrgs.get(i), subject);
                saved.add(c);
                if (existing.isEmpty()) {
                    em.persist(c);
                    counts[0]++;
                } else {
                    counts[1]++;
                }
            }
    }

    @Override
    public Map<String, DisciplineForm> forms(Subject subject) {
        checkReader(subject);
        List<Object[]> rows = store.db().read(em -> em.createQuery(
                "select c.caseNo, c.form from CaseRecord c where c.orgPath like :scope and c.form is not null", Object[].class)
                .setParameter("scope", subject.scopePath() + "%").getResultList());
        Map<String, DisciplineForm> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(((String) r[0]).toLowerCase(Locale.ROOT), (DisciplineForm) r[1]);
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private interface Problems {
        void add(String field, String message);
    }

    /** Checks every field; returns the case's organisation when it is in scope. */
    private OrgNodeView validate(Subject subject, CaseView d, Problems p) {
        String no = d.caseNo() == null ? "" : d.caseNo().strip();
        if (no.isEmpty()) {
            p.add(head(0), CaseMessages.needs_number);
        } else if (no.length() > 64 || no.chars().anyMatch(Character::isWhitespace)) {
            p.add(head(0), CaseMessages.bind(CaseMessages.bad_number, no));
        }
        if (d.subjectName() == null || d.subjectName().isBlank()) {
            p.add(head(1), CaseMessages.needs_subject);
        } else if (d.subjectName().strip().length() > 64) {
            p.add(head(1), CaseMessages.too_long);
        }
        if (d.rank() == null) {
            p.add(head(2), CaseMessages.needs_rank);
        }
        OrgNodeView org = null;
        if (d.townshipCode() == null || d.townshipCode().isBlank()) {
            p.add(head(3), CaseMessages.needs_org);
        } else {
            org = orgs.find(subject, d.townshipCode().strip()).orElse(null);
            if (org == null) {
                p.add(head(3), CaseMessages.bind(CaseMessages.no_org, d.townshipCode(), subject.username()));
            }
        }
        if (d.category() == null || d.category().isBlank()) {
            p.add(head(4), CaseMessages.needs_category);
        } else if (d.category().strip().length() > 64) {
            p.add(head(4), CaseMessages.too_long);
        }
        if (d.status() == null) {
            p.add(head(8), CaseMessages.needs_status);
        }
        if (d.filedOn() != null && d.filedOn().isAfter(LocalDate.now())) {
            p.add(head(6), CaseMessages.bind(CaseMessages.future, d.filedOn()));
        }
        if (d.closedOn() != null) {
            if (d.filedOn() != null && d.closedOn().isBefore(d.filedOn())) {
                p.add(head(7), CaseMessages.bind(CaseMessages.before_filed, d.closedOn(), d.filedOn()));
            }
            if (d.status() != null && d.status() != CaseStatus.CLOSED) {
                p.add(head(7), CaseMessages.closed_only);
            }
        } else if (d.status() == CaseStatus.CLOSED) {
            p.add(head(7), CaseMessages.needs_closed);
        }
        return org;
    }

    /** A column's name in the UI language (the import accepts both languages' names). */
    private static String head(int column) {
        return CaseMessages.columns.split(",")[column].strip();
    }

    private static void apply(Case c, CaseView d, OrgNodeView org, Subject subject) {
        c.caseNo = d.caseNo().strip();
        c.subjectName = d.subjectName().strip();
        c.rank = d.rank();
        c.orgCode = org.code();
        c.orgPath = org.path();
        c.category = d.category().strip();
        c.form = d.form();
        c.filedOn = d.filedOn();
        c.closedOn = d.closedOn();
        c.status = d.status();
        c.updatedBy = subject.username();
        c.updatedAt = Instant.now();
    }

    private static Optional<Case> byNumber(EntityManager em, String caseNo) {
        return em.createQuery("select c from CaseRecord c where lower(c.caseNo) = :no", Case.class)
                .setParameter("no", caseNo.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private CaseView view(Subject subject, Case c, Map<String, String> names) {
        String name = names.computeIfAbsent(c.orgCode,
                code -> orgs.find(subject, code).map(OrgNodeView::name).orElse(code));
        return new CaseView(c.id, c.version, c.caseNo, c.subjectName, c.rank, c.orgCode, name, c.category, c.form,
                c.filedOn, c.closedOn, c.status);
    }

    /** A township given by code or by its exact name, within scope; null when none. */
    private String townshipCode(Subject subject, String text) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<OrgNodeView> byCode = orgs.find(subject, text);
        if (byCode.isPresent()) {
            return byCode.get().code();
        }
        return orgs.search(subject, text, 20).stream().filter(o -> o.name().equals(text)).map(OrgNodeView::code)
                .findFirst().orElse(null);
    }

    private static Rank rank(String text) {
        Rank r = RANKS.get(text);
        if (r != null) {
            return r;
        }
        try {
            return Rank.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** yyyy-mm-dd (also / . 年月日) or an Excel date serial; null when blank, an error when unreadable. */
    private static LocalDate date(String text, int row, String column, List<RowError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = XlsxReader.date(text);
        if (d.isPresent()) {
            return d.get();
        }
        errors.add(new RowError(row, column, CaseMessages.bind(CaseMessages.not_date, text)));
        return null;
    }

    private static StaleDataException stale(String no) {
        return new StaleDataException(CaseMessages.bind(CaseMessages.stale, no));
    }

    private static void checkReader(Subject subject) {
        if (!subject.role().canReadCaseMaterial()) {
            throw new AccessDeniedException(CaseMessages.denied_read);
        }
    }

    private static void checkEditor(Subject subject) {
        if (!CaseService.mayRegister(subject.role())) {
            throw new AccessDeniedException(CaseMessages.denied_change);
        }
    }

    /** Cell access by logical column. */
    private record Row(XlsxReader.Row row, int[] col) {
        String text(int logical) {
            return col[logical] < 0 ? "" : row.cell(col[logical]).strip();
        }
    }
}
