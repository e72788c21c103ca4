package org.jiandu.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jiandu.core.jurisdiction.Change;
import org.jiandu.core.jurisdiction.JurisdictionWorkbook;
import org.jiandu.core.model.AuthorizedPost;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Secondment;
import org.jiandu.persistence.internal.JurisdictionReader.CadreRow;
import org.jiandu.persistence.internal.JurisdictionReader.NodeRow;
import org.jiandu.persistence.internal.JurisdictionReader.PostRow;
import org.jiandu.persistence.internal.JurisdictionReader.Workbook;

/**
 * The difference between a checked workbook and the county's jurisdiction in the database, in the order it is
 * applied: new, changed and reopened nodes (townships and units before villages), closed nodes, then cadres (new,
 * changed, back, left), then authorised post counts. A workbook equal to the database gives an empty list.
 * Nodes below the county the workbook does not list are closed, unless a row of the workbook still refers to them.
 */
final class JurisdictionDifference {

    /** Field names of {@link Change#field()}. */
    static final String NAME = "name", PARENT = "parent", KIND = "kind", ORG = "org", RANK = "rank", ROLE = "role",
            SINCE = "since", POST = "post", SECONDMENT = "secondment", POSTS = "posts:";

    private JurisdictionDifference() {
    }

    static List<Change> of(Workbook wb, JurisdictionState st) {
        List<Change> out = new ArrayList<>();
        List<NodeRow> ordered = new ArrayList<>(wb.nodes.values().stream().filter(r -> r.level() != OrgLevel.VILLAGE).toList());
        ordered.addAll(wb.nodes.values().stream().filter(r -> r.level() == OrgLevel.VILLAGE).toList());
        for (NodeRow r : ordered) {
            OrgNode n = st.nodes.get(r.code());
            if (n == null) {
                out.add(new Change(SubjectKind.NODE, r.code(), r.name(), ChangeKind.NEW, r.level().name(), null,
                        r.level() == OrgLevel.UNIT ? JurisdictionWorkbook.label(r.kind()) : r.parentCode()));
                continue;
            }
            if (n.isClosed()) {
                out.add(new Change(SubjectKind.NODE, r.code(), r.name(), ChangeKind.REOPENED, null, n.getClosedOn().toString(), null));
            }
            if (!n.getName().equals(r.name())) {
                out.add(changed(SubjectKind.NODE, r.code(), r.name(), NAME, n.getName(), r.name()));
            }
            if (!n.getParent().getCode().equals(r.parentCode())) {
                out.add(changed(SubjectKind.NODE, r.code(), r.name(), PARENT, n.getParent().getCode(), r.parentCode()));
            }
            if (r.level() == OrgLevel.UNIT && n.getUnitKind() != r.kind()) {
                out.add(changed(SubjectKind.NODE, r.code(), r.name(), KIND, JurisdictionWorkbook.label(n.getUnitKind()),
                        JurisdictionWorkbook.label(r.kind())));
            }
        }
        Set<String> referenced = new HashSet<>();
        wb.nodes.values().forEach(r -> referenced.add(r.parentCode()));
        wb.cadres.values().forEach(r -> referenced.add(r.orgCode()));
        wb.posts.forEach(p -> referenced.add(p.townshipCode()));
        for (OrgNode n : st.below()) {
            if (!n.isClosed() && !wb.nodes.containsKey(n.getCode()) && !referenced.contains(n.getCode())) {
                out.add(new Change(SubjectKind.NODE, n.getCode(), n.getName(), ChangeKind.CLOSED, null, null, null));
            }
        }
        for (CadreRow r : wb.cadres.values()) {
            cadre(r, st, out);
        }
        for (Cadre c : st.cadres.values()) {
            if (c.isActive() && !wb.cadres.containsKey(c.getCode())) {
                out.add(new Change(SubjectKind.CADRE, c.getCode(), c.getName(), ChangeKind.CLOSED, null, c.getOrg().getCode(), null));
            }
        }
        posts(wb, st, out);
        return out;
    }

    private static Change changed(SubjectKind s, String code, String name, String field, String from, String to) {
        return new Change(s, code, name, ChangeKind.CHANGED, field, from, to);
    }

    private static void cadre(CadreRow r, JurisdictionState st, List<Change> out) {
        Cadre c = st.cadres.get(r.code());
        if (c == null) {
            out.add(new Change(SubjectKind.CADRE, r.code(), r.name(), ChangeKind.NEW, null, null, r.orgCode()));
            return;
        }
        SubjectKind k = SubjectKind.CADRE;
        if (!c.isActive()) {
            out.add(new Change(k, r.code(), r.name(), ChangeKind.REOPENED, null, String.valueOf(c.getLeftOn()), null));
        }
        if (!c.getName().equals(r.name())) {
            out.add(changed(k, r.code(), r.name(), NAME, c.getName(), r.name()));
        }
        if (!c.getOrg().getCode().equals(r.orgCode())) {
            out.add(changed(k, r.code(), r.name(), ORG, c.getOrg().getCode(), r.orgCode()));
        }
        if (c.getRank() != r.rank()) {
            out.add(changed(k, r.code(), r.name(), RANK, JurisdictionWorkbook.label(c.getRank()), JurisdictionWorkbook.label(r.rank())));
        }
        if (c.getRole() != r.role()) {
            out.add(changed(k, r.code(), r.name(), ROLE, JurisdictionWorkbook.label(c.getRole()), JurisdictionWorkbook.label(r.role())));
        }
        if (r.since() != null && !r.since().equals(c.getSince())) {
            out.add(changed(k, r.code(), r.name(), SINCE, Objects.toString(c.getSince(), null), r.since().toString()));
        }
        AuthorizedPost held = st.heldPosts.get(c.getId());
        String oldPost = held == null ? null : postLabel(held.getTitle(), held.getTownship().getCode());
        String newPost = r.post() == null ? null : postLabel(r.post(), r.orgCode());
        if (!Objects.equals(oldPost, newPost)) {
            out.add(changed(k, r.code(), r.name(), POST, oldPost, newPost));
        }
        if (r.secDestination() != null) {
            Secondment s = st.latestSecondment.get(c.getId());
            String before = s == null ? null : secondmentLabel(s.getDestination(), s.getStart(), s.getEnd(), s.getReason());
            String after = secondmentLabel(r.secDestination(), r.secStart(), r.secEnd(), r.secReason());
            if (!after.equals(before)) {
                out.add(changed(k, r.code(), r.name(), SECONDMENT, before, after));
            }
        }
    }

    static String postLabel(String title, String township) {
        return title + " (" + township + ")";
    }

    static String secondmentLabel(String destination, LocalDate start, LocalDate end, String reason) {
        return destination + " " + start + "–" + (end == null ? "" : end) + (reason == null ? "" : " " + reason);
    }

    private static void posts(Workbook wb, JurisdictionState st, List<Change> out) {
        Map<String, Integer> desired = new HashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (PostRow p : wb.posts) {
            desired.put(p.townshipCode() + "\t" + p.title(), p.count());
            keys.put(p.townshipCode() + "\t" + p.title(), new String[] { p.townshipCode(), p.title() });
        }
        st.posts.forEach((township, titles) -> titles.keySet().forEach(
                t -> keys.putIfAbsent(township + "\t" + t, new String[] { township, t })));
        for (Map.Entry<String, String[]> e : keys.entrySet()) {
            String township = e.getValue()[0], title = e.getValue()[1];
            int now = st.posts.getOrDefault(township, Map.of()).getOrDefault(title, List.of()).size();
            int want = desired.getOrDefault(e.getKey(), 0);
            if (now != want) {
                OrgNode t = st.nodes.get(township);
                String name = t != null ? t.getName() : wb.nodes.get(township).name();
                out.add(changed(SubjectKind.NODE, township, name, POSTS + title, String.valueOf(now), String.valueOf(want)));
            }
        }
    }
}
