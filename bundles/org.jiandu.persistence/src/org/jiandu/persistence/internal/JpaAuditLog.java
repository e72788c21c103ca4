package org.jiandu.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.jiandu.core.audit.AuditChain;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {

    private static final int PAGE = 2000;
    static final int MAX_DETAIL = 2000;

    @Reference
    Database db;

    @Override
    public AuditEntry append(String actor, String action, String target, String detail) {
        return db.tx(em -> append(em, actor, action, target, detail));
    }

    /** Appends inside the caller's transaction, so a change and its audit entry commit or fail together. */
    static AuditEntry append(EntityManager em, String actor, String action, String target, String detail) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("AUDIT_HEAD row is missing: the schema was not migrated");
        }
        AuditEntry e = new AuditEntry(head.getLastSeq() + 1, Instant.now(), actor, action, clip(target, 400),
                clip(detail, MAX_DETAIL), head.getLastHash());
        em.persist(e);
        head.advance(e.getSeq(), e.getHash());
        return e;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    @Override
    public VerifyResult verify() {
        return db.read(em -> {
            AuditChain.Verifier v = new AuditChain.Verifier();
            long after = 0;
            while (true) {
                List<AuditEntry> page = em.createQuery("select e from AuditEntry e where e.seq > :after order by e.seq",
                        AuditEntry.class).setParameter("after", after).setMaxResults(PAGE).getResultList();
                for (AuditEntry e : page) {
                    String problem = v.accept(e);
                    if (problem != null) {
                        return new VerifyResult(false, v.checked(), e.getSeq(), problem);
                    }
                    after = e.getSeq();
                }
                if (page.size() < PAGE) {
                    break;
                }
                em.clear();
            }
            AuditHead head = em.find(AuditHead.class, AuditHead.ID);
            if (head != null && head.getLastSeq() != after) {
                long missing = after + 1;
                return new VerifyResult(false, v.checked(), missing, "entry " + missing + " to " + head.getLastSeq()
                        + " were removed from the end of the log");
            }
            return new VerifyResult(true, v.checked(), -1, null);
        });
    }

    @Override
    public List<AuditEntry> latest(Subject subject, int max) {
        if (subject.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException(subject.username() + " may not read the audit log");
        }
        return db.read(em -> em.createQuery("select e from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setMaxResults(max).getResultList());
    }
}
