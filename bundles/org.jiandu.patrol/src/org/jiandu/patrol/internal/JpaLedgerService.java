package org.jiandu.patrol.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiandu.core.Hashes;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.StaleDataException;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.rectification.RectificationSign;
import org.jiandu.core.rectification.RectificationSigns;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.LedgerEntry;
import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.LedgerService;
import org.jiandu.patrol.PatrolRights;
import org.jiandu.patrol.RectificationStage;
import org.jiandu.persistence.DataDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;

/** The rectification ledger in the patrol module's tables, scoped by the target's organisation path. */
@Component(service = LedgerService.class)
public class JpaLedgerService implements LedgerService {

    @Reference
    PatrolStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    /** Where evidence files are kept; present while a data directory is open. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    private static void require(boolean allowed, String message, Subject s) {
        if (!allowed) {
            throw new AccessDeniedException(PatrolMessages.bind(message, s.displayName()));
        }
    }

    private static void checkRecorder(Subject s) {
        require(PatrolRights.recordsFindings(s.role()), PatrolMessages.may_not_record_findings, s);
    }

    private static void checkReader(Subject s) {
        require(PatrolRights.readsLedger(s.role()), PatrolMessages.may_not_read_ledger, s);
    }

    /**
     * The reviewer is the user who closes: a county-level one (county commission or administrator whose scope is the
     * county or the city), so the township or village being rectified never closes its own items.
     */
    private void checkReviewer(Subject s) {
        boolean countyLevel = PatrolRights.reviews(s.role()) && orgs.find(s, s.scopeCode())
                .map(o -> o.level() == OrgLevel.COUNTY || o.level() == OrgLevel.CITY).orElse(false);
        require(countyLevel, PatrolMessages.may_not_review, s);
    }

    /** A step's date: given, not in the future, not before the item's last step. Null when it is fine. */
    static String dateProblem(LocalDate on, LocalDate lastStep) {
        if (on == null) {
            return PatrolMessages.no_date;
        }
        if (on.isAfter(LocalDate.now())) {
            return PatrolMessages.bind(PatrolMessages.date_future, on);
        }
        if (lastStep != null && on.isBefore(lastStep)) {
            return PatrolMessages.bind(PatrolMessages.date_before, on, lastStep);
        }
        return null;
    }

    /** The date of the item's latest step: its finding, or its latest evidence. */
    private static LocalDate lastStep(Finding f, RectificationItem item) {
        return item.evidenceOn != null && item.evidenceOn.isAfter(f.foundOn) ? item.evidenceOn : f.foundOn;
    }

    private static void refuse(String message) {
        throw new IllegalArgumentException(message);
    }

    @Override
    public LedgerEntry addFinding(Subject subject, String countyCode, String term, int round, String targetCode, String category,
            String description, LocalDate foundOn, String owner, LocalDate deadline) {
        checkRecorder(subject);
        String termCode = JpaPatrolService.termCode(countyCode, term);
        OrgNodeView target = orgs.find(subject, targetCode).filter(o -> subject.covers(o.path()))
                .orElseThrow(() -> new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_target, targetCode)));
        List<String> p = new ArrayList<>();
        if (category == null || category.isBlank()) {
            p.add(PatrolMessages.f_category);
        }
        if (description == null || description.isBlank()) {
            p.add(PatrolMessages.f_description);
        }
        if (owner == null || owner.isBlank()) {
            p.add(PatrolMessages.f_owner);
        }
        if (foundOn == null || deadline == null || deadline.isBefore(foundOn) || foundOn.isAfter(LocalDate.now())) {
            p.add(PatrolMessages.f_dates);
        }
        if (!p.isEmpty()) {
            refuse(PatrolMessages.bind(PatrolMessages.finding_refused, String.join(", ", p)));
        }
        Instant now = Instant.now();
        LedgerEntry e = store.db().tx(em -> {
            String team = em.createQuery("select a.team from PatrolPlan p join p.assignments a where p.termId = (select t.id from"
                    + " PatrolTerm t where t.code = :term) and a.target = :target and a.round = :round order by p.id desc", String.class)
                    .setParameter("term", termCode).setParameter("target", targetCode).setParameter("round", round)
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
            RectificationItem item = new RectificationItem();
            item.orgPath = target.path();
            item.owner = owner.strip();
            item.deadline = deadline;
            item.stage = RectificationStage.ASSIGNED;
            item.updatedBy = subject.username();
            item.updatedAt = now;
            em.persist(item);
            em.flush();
            Finding f = new Finding();
            f.term = termCode;
            f.round = round;
            f.targetCode = target.code();
            f.targetName = target.name();
            f.orgPath = target.path();
            f.team = team;
            f.category = category.strip();
            f.description = description.strip();
            f.foundOn = foundOn;
            f.revision = 1;
            f.current = true;
            f.itemId = item.id;
            f.recordedBy = subject.username();
            f.recordedAt = now;
            em.persist(f);
            em.flush();
            // in the change's own transaction: both commit or neither
            audit.append(em, subject, AuditLog.CHANGE, "patrol-finding:" + f.id, targetCode + " round " + round + " " + category
                    + ", item " + item.id);
            return entry(f, item, Set.of());
        });
        return e;
    }

    @Override
    public LedgerEntry correctFinding(Subject subject, long findingId, String category, String description, String reason) {
        checkRecorder(subject);
        if (reason == null || reason.isBlank()) {
            refuse(PatrolMessages.bind(PatrolMessages.finding_refused, PatrolMessages.f_reason));
        }
        LedgerEntry e = store.db().tx(em -> {
            Finding old = em.find(Finding.class, findingId);
            if (old == null || !subject.covers(old.orgPath)) {
                throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_finding, findingId));
            }
            if (!old.current) {
                throw new StaleDataException(PatrolMessages.bind(PatrolMessages.finding_superseded, findingId));
            }
            old.current = false;
            Finding f = new Finding();
            f.term = old.term;
            f.round = old.round;
            f.targetCode = old.targetCode;
            f.targetName = old.targetName;
            f.orgPath = old.orgPath;
            f.team = old.team;
            f.category = category == null || category.isBlank() ? old.category : category.strip();
            f.description = description == null || description.isBlank() ? old.description : description.strip();
            f.foundOn = old.foundOn;
            f.revision = old.revision + 1;
            f.current = true;
            f.supersedes = old.id;
            f.reason = reason.strip();
            f.itemId = old.itemId;
            f.recordedBy = subject.username();
            f.recordedAt = Instant.now();
            em.persist(f);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "patrol-finding:" + findingId, "corrected by entry " + f.id + ": " + reason);
            return entry(f, em.find(RectificationItem.class, f.itemId), Set.of());
        });
        return e;
    }

    private RectificationItem item(EntityManager em, Subject subject, long itemId, long expectedVersion) {
        RectificationItem item = em.find(RectificationItem.class, itemId);
        if (item == null || !subject.covers(item.orgPath)) {
            throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_item, itemId));
        }
        if (item.version != expectedVersion) {
            throw new StaleDataException(PatrolMessages.bind(PatrolMessages.item_stale, itemId));
        }
        return item;
    }

    private static Finding currentFinding(EntityManager em, long itemId) {
        return em.createQuery("select f from Finding f where f.itemId = :i and f.current = true", Finding.class)
                .setParameter("i", itemId).getSingleResult();
    }

    @Override
    public LedgerEntry attachEvidence(Subject subject, long itemId, long expectedVersion, Path file, LocalDate evidenceOn)
            throws IOException {
        require(PatrolRights.givesEvidence(subject.role()), PatrolMessages.may_not_give_evidence, subject);
        DataDirectory dir = dataDirectory;
        if (dir == null) {
            throw new IllegalStateException("no data directory is open");
        }
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            refuse(PatrolMessages.bind(PatrolMessages.evidence_unreadable, file));
        }
        String early = dateProblem(evidenceOn, null);
        if (early != null) {
            refuse(PatrolMessages.bind(PatrolMessages.evidence_refused, itemId, early));
        }
        String sha = Hashes.storeByContent(file, dir.files().resolve("evidence"));
        LedgerEntry e = store.db().tx(em -> {
            RectificationItem item = item(em, subject, itemId, expectedVersion);
            String problem = item.stage == RectificationStage.CLOSED ? PatrolMessages.evidence_closed
                    : dateProblem(evidenceOn, lastStep(currentFinding(em, itemId), item));
            if (problem != null) {
                refuse(PatrolMessages.bind(PatrolMessages.evidence_refused, itemId, problem));
            }
            item.evidenceSha = sha;
            item.evidenceName = file.getFileName().toString();
            item.evidenceOn = evidenceOn;
            if (item.stage == RectificationStage.ASSIGNED) {
                item.stage = RectificationStage.IN_PROGRESS;
            }
            item.updatedBy = subject.username();
            item.updatedAt = Instant.now();
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "patrol-rectification:" + itemId, "evidence " + file.getFileName() + " sha256="
                    + sha + " dated " + evidenceOn);
            return entry(currentFinding(em, itemId), item, Set.of());
        });
        return e;
    }

    @Override
    public LedgerEntry close(Subject subject, long itemId, long expectedVersion, LocalDate closedOn) {
        checkReviewer(subject);
        String reviewer = subject.username();
        LedgerEntry e = store.db().tx(em -> {
            RectificationItem item = item(em, subject, itemId, expectedVersion);
            Finding finding = currentFinding(em, itemId);
            List<String> p = new ArrayList<>();
            if (item.stage == RectificationStage.CLOSED) {
                p.add(PatrolMessages.already_closed);
            }
            if (item.evidenceSha == null) {
                p.add(PatrolMessages.close_needs_evidence);
            }
            if (item.owner.equals(reviewer) || item.owner.equals(subject.displayName())) {
                p.add(PatrolMessages.reviewer_is_owner);
            }
            String date = dateProblem(closedOn, lastStep(finding, item));
            if (date != null) {
                p.add(date);
            }
            if (!p.isEmpty()) {
                refuse(PatrolMessages.bind(PatrolMessages.close_refused, itemId, String.join("; ", p)));
            }
            item.stage = RectificationStage.CLOSED;
            item.closedOn = closedOn;
            item.reviewer = reviewer;
            item.updatedBy = subject.username();
            item.updatedAt = Instant.now();
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "patrol-rectification:" + itemId, "closed " + closedOn + ", reviewed by "
                    + reviewer);
            return entry(finding, item, Set.of());
        });
        return e;
    }

    @Override
    public List<LedgerEntry> ledger(Subject subject, String countyCode, String term, LedgerFlag flag, LocalDate asOf) {
        checkReader(subject);
        String termCode = JpaPatrolService.termCode(countyCode, term);
        List<LedgerEntry> out = store.db().read(em -> {
            List<Finding> findings = em.createQuery("select f from Finding f where f.term = :t and f.current = true"
                    + " and f.orgPath like :p order by f.round, f.targetCode, f.id", Finding.class).setParameter("t", termCode)
                    .setParameter("p", subject.scopePath() + "%").getResultList();
            Map<Long, RectificationItem> items = em.createQuery("select i from RectificationItem i where i.orgPath like :p",
                    RectificationItem.class).setParameter("p", subject.scopePath() + "%").getResultList().stream()
                    .collect(Collectors.toMap(i -> i.id, Function.identity()));
            List<LedgerEntry> rows = new ArrayList<>();
            for (Finding f : findings) {
                RectificationItem i = items.get(f.itemId);
                if (i != null) {
                    rows.add(entry(f, i, flags(f, i, findings, asOf)));
                }
            }
            return rows;
        });
        audit.append(subject, AuditLog.READ, "patrol-ledger:" + termCode, (flag == null ? "" : "flag=" + flag + " ") + "rows="
                + out.size());
        return flag == null ? out : out.stream().filter(e -> e.flags().contains(flag)).toList();
    }

    /** Overdue, and the three signs of 纸面整改, as of a day: the rule shared through core with the other modules. */
    static Set<LedgerFlag> flags(Finding f, RectificationItem i, List<Finding> all, LocalDate asOf) {
        boolean closed = i.stage == RectificationStage.CLOSED;
        boolean foundAgain = false;
        for (Finding later : all) {
            if (closed && later.round > f.round && later.targetCode.equals(f.targetCode) && later.category.equals(f.category)
                    && (i.closedOn == null || !later.foundOn.isBefore(i.closedOn))) {
                foundAgain = true;
            }
        }
        Set<LedgerFlag> flags = EnumSet.noneOf(LedgerFlag.class);
        for (RectificationSign s : RectificationSigns.of(i.deadline, closed, i.closedOn, i.evidenceSha != null, i.evidenceOn, foundAgain,
                asOf)) {
            flags.add(LedgerFlag.valueOf(s.name()));
        }
        return flags;
    }

    @Override
    public void export(Subject subject, String countyCode, String term, LocalDate asOf, Path file) throws IOException {
        List<LedgerEntry> rows = ledger(subject, countyCode, term, null, asOf);
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of(PatrolMessages.x_item, PatrolMessages.x_round, PatrolMessages.x_target, PatrolMessages.x_category,
                PatrolMessages.x_owner, PatrolMessages.x_deadline, PatrolMessages.x_stage, PatrolMessages.x_flags,
                PatrolMessages.x_evidence, PatrolMessages.x_closed));
        for (LedgerEntry e : rows) {
            sheet.add(List.of(e.itemId(), e.round(), e.targetName(), e.category(), e.owner(), e.deadline().toString(),
                    e.stage().chinese(), String.join(" ", e.flags().stream().map(LedgerFlag::chinese).toList()),
                    e.evidenceName() == null ? "" : e.evidenceName() + " " + e.evidenceOn(),
                    e.closedOn() == null ? "" : e.closedOn() + " " + e.reviewer()));
        }
        org.jiandu.core.pdf.PdfReport.writeSheets(file, PatrolMessages.bind(PatrolMessages.x_ledger_title, term, asOf),
                List.of(new org.jiandu.core.office.XlsxWriter.Sheet(PatrolMessages.x_sheet_ledger, sheet)));
        audit.append(subject, AuditLog.EXPORT, "patrol-ledger:" + JpaPatrolService.termCode(countyCode, term), Exports.describe(file)
                + " rows=" + rows.size());
    }

    @Override
    public LedgerEntry item(Subject subject, long itemId) {
        checkReader(subject);
        return store.db().read(em -> {
            RectificationItem item = em.find(RectificationItem.class, itemId);
            if (item == null || !subject.covers(item.orgPath)) {
                throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_item, itemId));
            }
            Finding f = currentFinding(em, itemId);
            List<Finding> term = em.createQuery("select f from Finding f where f.term = :t and f.current = true", Finding.class)
                    .setParameter("t", f.term).getResultList();
            return entry(f, item, flags(f, item, term, LocalDate.now()));
        });
    }

    @Override
    public List<LedgerEntry> history(Subject subject, long findingId) {
        checkReader(subject);
        return store.db().read(em -> {
            Finding f = em.find(Finding.class, findingId);
            if (f == null || !subject.covers(f.orgPath)) {
                throw new IllegalArgumentException(PatrolMessages.bind(PatrolMessages.no_finding, findingId));
            }
            RectificationItem item = em.find(RectificationItem.class, f.itemId);
            List<Finding> term = em.createQuery("select f from Finding f where f.term = :t and f.current = true", Finding.class)
                    .setParameter("t", f.term).getResultList();
            // every entry with the item's flags: a closed item still shows it was overdue when closed
            return em.createQuery("select f from Finding f where f.itemId = :i order by f.revision", Finding.class)
                    .setParameter("i", f.itemId).getResultList().stream().map(x -> entry(x, item, flags(x, item, term, LocalDate.now())))
                    .toList();
        });
    }

    static LedgerEntry entry(Finding f, RectificationItem i, Set<LedgerFlag> flags) {
        String term = f.term.substring(f.term.indexOf(':') + 1);
        return new LedgerEntry(f.id, f.revision, term, f.round, f.targetCode, f.targetName, f.team, f.category, f.description,
                f.foundOn, i.id, i.version, i.owner, i.deadline, i.stage, i.evidenceSha, i.evidenceName, i.evidenceOn, i.closedOn,
                i.reviewer, flags);
    }
}
