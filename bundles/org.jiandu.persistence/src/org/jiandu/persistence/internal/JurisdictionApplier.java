package org.jiandu.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.jurisdiction.Change;
import org.jiandu.core.model.AuthorizedPost;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.County;
import org.jiandu.core.model.OrgChange;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.Secondment;
import org.jiandu.core.model.Township;
import org.jiandu.core.model.Unit;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.model.Village;
import org.jiandu.persistence.internal.JurisdictionReader.CadreRow;
import org.jiandu.persistence.internal.JurisdictionReader.NodeRow;
import org.jiandu.persistence.internal.JurisdictionReader.PostRow;
import org.jiandu.persistence.internal.JurisdictionReader.Workbook;

import jakarta.persistence.EntityManager;

/**
 * Writes changes of the jurisdiction inside the caller's transaction: each one changes the entities, adds its
 * {@link OrgChange} history row and one audit entry with the old and new values. The import applies a whole
 * difference; hand edits call the single operations. Nothing is deleted except vacant surplus authorised posts.
 */
final class JurisdictionApplier {

    private final EntityManager em;
    private final JurisdictionState st;
    private final String actor;
    private final LocalDate on;
    private final Instant now = Instant.now();

    JurisdictionApplier(EntityManager em, JurisdictionState st, String actor, LocalDate on) {
        this.em = em;
        this.st = st;
        this.actor = actor;
        this.on = on;
    }

    /** Applies a difference computed by {@link JurisdictionDifference} from the same workbook and state. */
    void apply(Workbook wb, List<Change> changes) {
        for (Change c : changes) {
            if (c.subject() == SubjectKind.NODE) {
                node(wb, c);
            } else {
                cadre(wb, c);
            }
        }
        syncPosts(wb);
    }

    private void node(Workbook wb, Change c) {
        NodeRow r = wb.nodes.get(c.code());
        switch (c.kind()) {
            case NEW -> addNode(r.level(), r.code(), r.name(), st.nodes.get(r.parentCode()), r.kind());
            case REOPENED -> reopen(st.nodes.get(c.code()));
            case CLOSED -> close(st.nodes.get(c.code()), on);
            case CHANGED -> {
                OrgNode n = st.nodes.get(c.code());
                switch (c.field()) {
                    case JurisdictionDifference.NAME -> rename(n, r.name());
                    case JurisdictionDifference.PARENT -> move(n, st.nodes.get(r.parentCode()));
                    case JurisdictionDifference.KIND -> setKind(n, r.kind());
                    default -> {
                        // posts: recorded by syncPosts
                    }
                }
            }
        }
    }

    private void cadre(Workbook wb, Change c) {
        CadreRow r = wb.cadres.get(c.code());
        Cadre cadre = st.cadres.get(c.code());
        switch (c.kind()) {
            case NEW -> {
                Cadre h = hire(r.code(), r.name(), st.nodes.get(r.orgCode()), r.rank(), r.role(), r.since());
                if (r.secDestination() != null) {
                    second(h, r.secDestination(), r.secStart(), r.secEnd(), r.secReason());
                }
            }
            case REOPENED -> back(cadre);
            case CLOSED -> leave(cadre, on);
            case CHANGED -> {
                switch (c.field()) {
                    case JurisdictionDifference.NAME -> {
                        record(SubjectKind.CADRE, cadre.getCode(), ChangeKind.CHANGED, c.field(), cadre.getName(), r.name(), on);
                        cadre.setName(r.name());
                    }
                    case JurisdictionDifference.ORG -> transfer(cadre, st.nodes.get(r.orgCode()), on, false);
                    case JurisdictionDifference.RANK -> {
                        record(SubjectKind.CADRE, cadre.getCode(), ChangeKind.CHANGED, c.field(), name(cadre.getRank()), name(r.rank()),
                                on);
                        cadre.setRank(r.rank());
                    }
                    case JurisdictionDifference.ROLE -> {
                        record(SubjectKind.CADRE, cadre.getCode(), ChangeKind.CHANGED, c.field(), name(cadre.getRole()), name(r.role()),
                                on);
                        cadre.setRole(r.role());
                    }
                    case JurisdictionDifference.SINCE -> {
                        record(SubjectKind.CADRE, cadre.getCode(), ChangeKind.CHANGED, c.field(),
                                Objects.toString(cadre.getSince(), null), r.since().toString(), on);
                        cadre.setSince(r.since());
                    }
                    case JurisdictionDifference.POST -> record(SubjectKind.CADRE, cadre.getCode(), ChangeKind.CHANGED,
                            c.field(), c.oldValue(), c.newValue(), on); // the holder moves in syncPosts
                    case JurisdictionDifference.SECONDMENT -> {
                        Secondment s = st.latestSecondment.get(cadre.getId());
                        if (s != null && s.getDestination().equals(r.secDestination()) && s.getStart().equals(r.secStart())) {
                            record(SubjectKind.CADRE, cadre.getCode(), ChangeKind.CHANGED, c.field(), c.oldValue(), c.newValue(), on);
                            s.setEnd(r.secEnd());
                            s.setReason(r.secReason());
                        } else {
                            second(cadre, r.secDestination(), r.secStart(), r.secEnd(), r.secReason());
                        }
                    }
                    default -> throw new IllegalStateException("unknown field " + c.field());
                }
            }
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    // ---- single operations (hand edits call these directly) ----

    OrgNode addNode(OrgLevel level, String code, String name, OrgNode parent, UnitKind kind) {
        OrgNode n = switch (level) {
            case TOWNSHIP -> new Township(code, name, parent);
            case VILLAGE -> new Village(code, name, parent);
            case UNIT -> new Unit(code, name, (County) parent, kind);
            default -> throw new IllegalArgumentException(level + " cannot be added");
        };
        em.persist(n);
        st.nodes.put(code, n);
        record(SubjectKind.NODE, code, ChangeKind.NEW, level.name(), null,
                name + " @" + parent.getCode() + (kind == null ? "" : " " + kind), on);
        return n;
    }

    void rename(OrgNode n, String name) {
        record(SubjectKind.NODE, n.getCode(), ChangeKind.CHANGED, JurisdictionDifference.NAME, n.getName(), name, on);
        n.setName(name);
    }

    /** Re-parents the node and rewrites its own and its descendants' materialised paths. */
    void move(OrgNode n, OrgNode parent) {
        record(SubjectKind.NODE, n.getCode(), ChangeKind.CHANGED, JurisdictionDifference.PARENT, n.getParent().getCode(),
                parent.getCode(), on);
        String oldPath = n.getPath();
        n.moveTo(parent);
        for (OrgNode d : st.nodes.values()) {
            if (d != n && d.getPath().startsWith(oldPath)) {
                d.rebase(oldPath, n.getPath());
            }
        }
    }

    void setKind(OrgNode n, UnitKind kind) {
        record(SubjectKind.NODE, n.getCode(), ChangeKind.CHANGED, JurisdictionDifference.KIND, name(n.getUnitKind()), name(kind), on);
        n.setUnitKind(kind);
    }

    void close(OrgNode n, LocalDate day) {
        record(SubjectKind.NODE, n.getCode(), ChangeKind.CLOSED, null, null, day.toString(), day);
        n.setClosedOn(day);
    }

    void reopen(OrgNode n) {
        record(SubjectKind.NODE, n.getCode(), ChangeKind.REOPENED, null, n.getClosedOn().toString(), null, on);
        n.setClosedOn(null);
    }

    Cadre hire(String code, String name, OrgNode org, Rank rank, CadreRole role, LocalDate since) {
        Cadre c = new Cadre(code, name, org, rank, role, since);
        em.persist(c);
        st.cadres.put(code, c);
        record(SubjectKind.CADRE, code, ChangeKind.NEW, null, null,
                name + " @" + org.getCode() + " " + rank + " " + role + (since == null ? "" : " " + since), on);
        return c;
    }

    /** Moves the cadre; the post held at the old organisation becomes vacant (when {@code vacate}, else syncPosts does). */
    void transfer(Cadre c, OrgNode org, LocalDate day, boolean vacate) {
        record(SubjectKind.CADRE, c.getCode(), ChangeKind.CHANGED, JurisdictionDifference.ORG, c.getOrg().getCode(), org.getCode(), day);
        c.setOrg(org);
        if (vacate) {
            vacate(c, day);
        }
    }

    void second(Cadre c, String destination, LocalDate start, LocalDate end, String reason) {
        Secondment previous = st.latestSecondment.get(c.getId());
        record(SubjectKind.CADRE, c.getCode(), ChangeKind.CHANGED, JurisdictionDifference.SECONDMENT,
                previous == null ? null : JurisdictionDifference.secondmentLabel(previous.getDestination(), previous.getStart(),
                        previous.getEnd(), previous.getReason()),
                JurisdictionDifference.secondmentLabel(destination, start, end, reason), start);
        if (previous != null && previous.getEnd() == null && previous.getStart().isBefore(start)) {
            previous.setEnd(start.minusDays(1));
        }
        Secondment s = new Secondment(c, destination, start, end);
        s.setReason(reason);
        em.persist(s);
        if (c.getId() != null) {
            st.latestSecondment.put(c.getId(), s);
        }
    }

    void endSecondment(Cadre c, Secondment s, LocalDate end) {
        record(SubjectKind.CADRE, c.getCode(), ChangeKind.CHANGED, JurisdictionDifference.SECONDMENT,
                JurisdictionDifference.secondmentLabel(s.getDestination(), s.getStart(), s.getEnd(), s.getReason()),
                JurisdictionDifference.secondmentLabel(s.getDestination(), s.getStart(), end, s.getReason()), end);
        s.setEnd(end);
    }

    /** The cadre leaves: inactive, their post vacated and an open secondment ended on the same day. */
    void leave(Cadre c, LocalDate day) {
        record(SubjectKind.CADRE, c.getCode(), ChangeKind.CLOSED, null, c.getOrg().getCode(), day.toString(), day);
        c.setActive(false);
        c.setLeftOn(day);
        vacate(c, day);
        Secondment s = c.getId() == null ? null : st.latestSecondment.get(c.getId());
        if (s != null && (s.getEnd() == null || s.getEnd().isAfter(day)) && !s.getStart().isAfter(day)) {
            endSecondment(c, s, day);
        }
    }

    void back(Cadre c) {
        record(SubjectKind.CADRE, c.getCode(), ChangeKind.REOPENED, null, Objects.toString(c.getLeftOn(), null), null, on);
        c.setActive(true);
        c.setLeftOn(null);
    }

    private void vacate(Cadre c, LocalDate day) {
        AuthorizedPost held = c.getId() == null ? null : st.heldPosts.remove(c.getId());
        if (held != null) {
            record(SubjectKind.CADRE, c.getCode(), ChangeKind.CHANGED, JurisdictionDifference.POST,
                    JurisdictionDifference.postLabel(held.getTitle(), held.getTownship().getCode()), null, day);
            held.setHolder(null);
        }
    }

    /**
     * Makes the authorised posts what the workbook says: holders who no longer name a post leave it, posts are added
     * up to each count, the cadres naming a post fill vacant ones, and vacant surplus posts are removed.
     */
    private void syncPosts(Workbook wb) {
        Map<String, Integer> desired = new LinkedHashMap<>();
        for (PostRow p : wb.posts) {
            desired.put(p.townshipCode() + "\t" + p.title(), p.count());
        }
        Map<String, Set<Cadre>> wanted = new HashMap<>();
        for (CadreRow r : wb.cadres.values()) {
            if (r.post() != null) {
                wanted.computeIfAbsent(r.orgCode() + "\t" + r.post(), k -> new LinkedHashSet<>()).add(st.cadres.get(r.code()));
            }
        }
        Set<String> keys = new LinkedHashSet<>(desired.keySet());
        st.posts.forEach((t, titles) -> titles.keySet().forEach(title -> keys.add(t + "\t" + title)));
        // first vacate every post whose holder is not wanted there, so a holder moving between posts is free
        for (String key : keys) {
            String[] k = key.split("\t", 2);
            Set<Cadre> want = wanted.getOrDefault(key, Set.of());
            for (AuthorizedPost a : st.posts.getOrDefault(k[0], Map.of()).getOrDefault(k[1], List.of())) {
                if (a.getHolder() != null && !want.contains(a.getHolder())) {
                    st.heldPosts.remove(a.getHolder().getId());
                    a.setHolder(null);
                }
            }
        }
        for (String key : keys) {
            String[] k = key.split("\t", 2);
            List<AuthorizedPost> posts = st.posts.computeIfAbsent(k[0], x -> new LinkedHashMap<>())
                    .computeIfAbsent(k[1], x -> new ArrayList<>());
            int before = posts.size();
            int count = desired.getOrDefault(key, 0);
            Township township = (Township) st.nodes.get(k[0]);
            while (posts.size() < count) {
                AuthorizedPost a = new AuthorizedPost(township, k[1], null);
                em.persist(a);
                posts.add(a);
            }
            Set<Cadre> holders = new LinkedHashSet<>();
            posts.forEach(a -> {
                if (a.getHolder() != null) {
                    holders.add(a.getHolder());
                }
            });
            for (Cadre c : wanted.getOrDefault(key, Set.of())) {
                if (!holders.contains(c)) {
                    AuthorizedPost free = posts.stream().filter(AuthorizedPost::isVacant).findFirst().orElseThrow();
                    free.setHolder(c);
                }
            }
            for (int i = posts.size() - 1; i >= 0 && posts.size() > count; i--) {
                if (posts.get(i).isVacant()) {
                    em.remove(posts.remove(i));
                }
            }
            if (posts.size() != before) {
                record(SubjectKind.NODE, k[0], ChangeKind.CHANGED, JurisdictionDifference.POSTS + k[1],
                        String.valueOf(before), String.valueOf(posts.size()), on);
            }
        }
    }

    /** One history row and one audit entry, in the caller's transaction. */
    void record(SubjectKind subject, String code, ChangeKind kind, String field, String oldValue, String newValue, LocalDate effective) {
        em.persist(new OrgChange(subject, code, kind, field, oldValue, newValue, effective, actor, now));
        JpaAuditLog.appendIn(em, actor, AuditLog.CHANGE, (subject == SubjectKind.NODE ? "org:" : "cadre:") + code,
                kind.name().toLowerCase(Locale.ROOT) + (field == null ? "" : " " + field) + ": "
                        + (oldValue == null ? "" : oldValue) + " -> " + (newValue == null ? "" : newValue));
    }
}
