package org.jiandu.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;

/** Each user's own tags on documents, kept by document path in the database so they survive re-indexing. */
final class Tags {

    private final SearchStore store;
    private final SearchIndex index;
    private final AuditLog audit;

    Tags(SearchStore store, SearchIndex index, AuditLog audit) {
        this.store = store;
        this.index = index;
        this.audit = audit;
    }

    /**
     * Puts the tag on the hit's document, or takes it off; a change is audited with it (a tag says what a user took an
     * interest in), a tag set twice or taken off a document without it changes nothing and is not.
     */
    void tag(Subject subject, String hitId, String tag, boolean on) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty() || t.length() > 64 || t.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(NLS.bind(SearchMessages.bad_tag, tag));
        }
        String path = index.pathInScope(subject, hitId);
        if (path == null) {
            throw new AccessDeniedException(SearchMessages.no_document);
        }
        store.db().txRun(em -> {
            List<DocumentTag> have = em.createQuery(
                    "select t from DocumentTag t where t.username = :u and t.path = :p and t.tag = :t", DocumentTag.class)
                    .setParameter("u", subject.username()).setParameter("p", path).setParameter("t", t).getResultList();
            if (on && have.isEmpty()) {
                DocumentTag n = new DocumentTag();
                n.username = subject.username();
                n.path = path;
                n.tag = t;
                em.persist(n);
                audit.append(em, subject, AuditLog.CHANGE, "document:" + path, "tag " + t + " added");
            } else if (!on && !have.isEmpty()) {
                have.forEach(em::remove);
                audit.append(em, subject, AuditLog.CHANGE, "document:" + path, "tag " + t + " removed");
            }
        });
    }

    /** The subject's tags on the hit's document; none when it is not within the subject's scope. */
    Set<String> of(Subject subject, String hitId) {
        String path = index.pathInScope(subject, hitId);
        if (path == null) {
            return Set.of();
        }
        return new TreeSet<>(store.db().read(em -> em.createQuery(
                "select t.tag from DocumentTag t where t.username = :u and t.path = :p", String.class)
                .setParameter("u", subject.username()).setParameter("p", path).getResultList()));
    }

    /** Document path → the subject's tags on it. */
    Map<String, Set<String>> byDocument(Subject subject) {
        Map<String, Set<String>> m = new HashMap<>();
        paths(subject).forEach((t, paths) -> paths.forEach(p -> m.computeIfAbsent(p, k -> new TreeSet<>()).add(t)));
        return m;
    }

    /** Each of the subject's tags with the number of documents it is on. */
    Map<String, Long> counts(Subject subject) {
        Map<String, Long> m = new TreeMap<>();
        paths(subject).forEach((t, paths) -> m.put(t, (long) paths.size()));
        return m;
    }

    /** The subject's tags and the documents each is on. */
    Map<String, List<String>> paths(Subject subject) {
        Map<String, List<String>> m = new TreeMap<>();
        for (Object[] r : store.db().read(em -> em.createQuery(
                "select t.tag, t.path from DocumentTag t where t.username = :u", Object[].class)
                .setParameter("u", subject.username()).getResultList())) {
            m.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return m;
    }
}
