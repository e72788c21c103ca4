package org.jiandu.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.audit.AuditChain;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The audit log over AUDIT_ENTRY and AUDIT_HEAD. Appends go through the JDBC connection of the caller's transaction,
 * whichever persistence unit it belongs to, so a module's change and its entry commit together; reads go straight
 * to the table too, so no cached row can hide an edit. Entries are MACed with the installation's key
 * ({@link AuditKeys}) and each commit moves the checkpoint outside the database forward.
 */
@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {

    private static final int PAGE = 2000;
    static final int MAX_DETAIL = 2000;

    @Reference
    Database db;

    private AuditKeys keys() {
        return AuditKeys.of(db.config());
    }

    @Override
    public AuditEntry append(String actor, String action, String target, String detail) {
        return db.tx(em -> append(em, actor, action, target, detail));
    }

    @Override
    public AuditEntry append(EntityManager em, String actor, String action, String target, String detail) {
        return appendIn(em, actor, action, target, detail);
    }

    /** Appends inside the transaction of {@code em}; for this bundle's services, which hold no reference to it. */
    static AuditEntry appendIn(EntityManager em, String actor, String action, String target, String detail) {
        AuditKeys keys = AuditKeys.of(DatabaseImpl.configOf(em));
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("an audit entry is appended inside a transaction");
        }
        try {
            long lastSeq;
            String lastHash;
            String keyId;
            Long keyedFrom;
            try (PreparedStatement ps = c.prepareStatement(
                    "select LAST_SEQ, LAST_HASH, KEY_ID, KEYED_FROM from AUDIT_HEAD where ID = 1 for update");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("AUDIT_HEAD row is missing: the schema was not migrated");
                }
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
                keyId = rs.getString(3);
                long kf = rs.getLong(4);
                keyedFrom = rs.wasNull() ? null : kf;
            }
            if (keyId == null) {
                // First entry under a key: from here on every entry is MACed. An earlier checkpoint's start is kept,
                // so clearing KEY_ID in the database cannot turn keyed entries back into plain ones; without a
                // checkpoint the database's state is taken only for a key this process has just made.
                AuditKeys.Anchor before = keys.anchor();
                if (before == null && lastSeq > 0 && !keys.created()) {
                    throw new IllegalStateException(missingCheckpoint(keys));
                }
                keyedFrom = before != null ? before.keyedFrom() : lastSeq + 1;
                try (PreparedStatement ps = c.prepareStatement(
                        "update AUDIT_HEAD set KEY_ID = ?, KEYED_FROM = ? where ID = 1")) {
                    ps.setString(1, keys.keyId());
                    ps.setLong(2, keyedFrom);
                    ps.executeUpdate();
                }
                keys.advance(new AuditKeys.Anchor(keyedFrom, lastSeq, lastHash)); // already committed state
            } else if (!keyId.equals(keys.keyId())) {
                throw new IllegalStateException("the audit key in " + keys.where() + " is not the one this database's"
                        + " audit log was written with: copy audit.key and audit.anchor from the workstation that set"
                        + " up the installation into this data directory");
            } else if (keyedFrom == null) {
                throw new IllegalStateException("the audit log's head row was changed in the database (KEYED_FROM is"
                        + " empty): run jiandu audit verify and tell the administrator");
            } else if (keys.anchor() == null) {
                throw new IllegalStateException(missingCheckpoint(keys));
            }
            AuditEntry e = new AuditEntry(lastSeq + 1, Instant.now(), clip(actor, 64), clip(action, 64),
                    clip(target, 400), clip(detail, MAX_DETAIL), lastHash, keys.key());
            try (PreparedStatement ps = c.prepareStatement("insert into AUDIT_ENTRY (SEQ, AT_MILLIS, ACTOR, ACTION,"
                    + " TARGET, DETAIL, PREV_HASH, HASH) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, e.getSeq());
                ps.setLong(2, e.getAt().toEpochMilli());
                ps.setString(3, e.getActor());
                ps.setString(4, e.getAction());
                ps.setString(5, e.getTarget());
                ps.setString(6, e.getDetail());
                ps.setString(7, e.getPrevHash());
                ps.setString(8, e.getHash());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update AUDIT_HEAD set LAST_SEQ = ?, LAST_HASH = ? where ID = 1")) {
                ps.setLong(1, e.getSeq());
                ps.setString(2, e.getHash());
                ps.executeUpdate();
            }
            AuditKeys.Anchor after = new AuditKeys.Anchor(keyedFrom, e.getSeq(), e.getHash());
            DatabaseImpl.afterCommit(em, () -> keys.advance(after));
            if (!AuditLog.READ.equals(action)) {
                DatabaseImpl.audited(em);
            }
            return e;
        } catch (SQLException ex) {
            throw new IllegalStateException("the audit log cannot be written: " + ex.getMessage(), ex);
        }
    }

    private static String missingCheckpoint(AuditKeys keys) {
        return "the audit log has entries but this data directory has no checkpoint " + AuditKeys.ANCHOR_FILE
                + " next to " + keys.where() + ": copy audit.key and audit.anchor from the workstation that set up the"
                + " installation (or restore them from a backup of the data directory)";
    }

    /** Locks the head row until the transaction of {@code em} ends (serialises setups racing on one server). */
    static void lockHead(EntityManager em) {
        try (PreparedStatement ps = em.unwrap(Connection.class)
                .prepareStatement("select LAST_SEQ from AUDIT_HEAD where ID = 1 for update");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
        } catch (SQLException ex) {
            throw new IllegalStateException("the audit log cannot be locked: " + ex.getMessage(), ex);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    @Override
    public VerifyResult verify() {
        AuditKeys k = keys();
        try {
            return db.tx(em -> {
                try {
                    return verify(em.unwrap(Connection.class), k);
                } catch (SQLException ex) {
                    return new VerifyResult(false, 0, 0, "the audit tables cannot be read: " + ex.getMessage());
                }
            });
        } catch (RuntimeException damaged) {
            // a dropped row or column, a NULL where none may be: that is a broken log, not a crash
            return new VerifyResult(false, 0, 0, "the audit tables were changed: " + damaged.getMessage());
        }
    }

    /** The log's last entry number: 0 when it has none, or when the database holds no audit log (yet). */
    static long lastEntry(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("select LAST_SEQ from AUDIT_HEAD where ID = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** The chain of a database opened by a plain connection (a restored copy), as {@link #verify()} checks it. */
    static VerifyResult verifyCopy(Connection c, AuditKeys k) {
        try {
            c.setAutoCommit(false);
            try {
                return verify(c, k);
            } finally {
                c.rollback(); // reads only
            }
        } catch (SQLException | RuntimeException damaged) {
            return new VerifyResult(false, 0, 0, "the audit tables cannot be read: " + damaged.getMessage());
        }
    }

    private static VerifyResult verify(Connection c, AuditKeys k) throws SQLException {
        // The checkpoint first, then the head: entries committed while we walk are beyond both and not looked at.
        AuditKeys.Anchor anchor;
        try {
            anchor = k.anchor();
        } catch (AuditKeys.AnchorException ex) {
            return new VerifyResult(false, 0, 0, ex.getMessage());
        }
        String keyId;
        Long headKeyedFrom;
        long headSeq;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement(
                "select LAST_SEQ, KEY_ID, KEYED_FROM, LAST_HASH from AUDIT_HEAD where ID = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new VerifyResult(false, 0, 0, "the head row of the audit log was removed");
            }
            headSeq = rs.getLong(1);
            keyId = rs.getString(2);
            long kf = rs.getLong(3);
            headKeyedFrom = rs.wasNull() ? null : kf;
            headHash = rs.getString(4);
        }
        if (keyId != null && !keyId.equals(k.keyId())) {
            return new VerifyResult(false, 0, 0, "the audit key in " + k.where()
                    + " is not the one this log was written with");
        }
        if (anchor == null) {
            if (keyId != null || (headSeq > 0 && !k.created())) {
                return new VerifyResult(false, 0, 0, "the checkpoint " + AuditKeys.ANCHOR_FILE + " next to "
                        + k.where() + " is missing: entries removed from the database could not be noticed");
            }
            if (headSeq > 0) {
                // a log from before audit keys, seen by the key made just now: pin it from here on
                k.advance(new AuditKeys.Anchor(headSeq + 1, headSeq, headHash));
            }
        }
        long keyedFrom = anchor != null ? anchor.keyedFrom() : Long.MAX_VALUE;
        if (anchor != null && (keyId != null || headKeyedFrom != null)
                && (headKeyedFrom == null || headKeyedFrom != anchor.keyedFrom())) {
            return new VerifyResult(false, 0, anchor.keyedFrom(), "the start of the keyed chain was changed in the database");
        }
        AuditChain.Verifier v = new AuditChain.Verifier(k.key(), keyedFrom);
        long after = 0;
        String lastHash = AuditChain.GENESIS;
        String anchorSeen = null;
        while (after < headSeq) {
            List<AuditEntry> page = page(c, after, headSeq, null, PAGE);
            for (AuditEntry e : page) {
                String problem = v.accept(e);
                if (problem != null) {
                    return new VerifyResult(false, v.checked(), e.getSeq(), problem);
                }
                after = e.getSeq();
                lastHash = e.getHash();
                if (anchor != null && e.getSeq() == anchor.seq()) {
                    anchorSeen = e.getHash();
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (headSeq != after || !lastHash.equals(headHash)) {
            long missing = after + 1;
            return new VerifyResult(false, v.checked(), missing, headSeq != after ? "entry " + missing + " to "
                    + headSeq + " were removed from the end of the log" : "the head row does not match the last entry");
        }
        if (anchor != null && anchor.seq() > after) {
            return new VerifyResult(false, v.checked(), after + 1, "entries " + (after + 1) + " to " + anchor.seq()
                    + " were removed (the checkpoint outside the database has seen them)");
        }
        if (anchor != null && anchor.seq() > 0 && !anchor.hash().equals(anchorSeen)) {
            return new VerifyResult(false, v.checked(), anchor.seq(), "entry " + anchor.seq()
                    + " is not the one the checkpoint outside the database recorded");
        }
        if (anchor != null && after > anchor.seq()) {
            k.advance(new AuditKeys.Anchor(anchor.keyedFrom(), after, lastHash));
        }
        return new VerifyResult(true, v.checked(), -1, null);
    }

    /** Entries after {@code after} in seq order (or, with {@code filter}, the newest matching ones first). */
    private static List<AuditEntry> page(Connection c, long after, long upTo, Filter filter, int max)
            throws SQLException {
        StringBuilder sql = new StringBuilder(
                "select SEQ, AT_MILLIS, ACTOR, ACTION, TARGET, DETAIL, PREV_HASH, HASH from AUDIT_ENTRY where ");
        List<Object> args = new ArrayList<>();
        if (filter == null) {
            sql.append("SEQ > ? and SEQ <= ? order by SEQ");
            args.add(after);
            args.add(upTo);
        } else {
            sql.append("1 = 1");
            if (filter.actor() != null) {
                sql.append(" and ACTOR = ?");
                args.add(filter.actor());
            }
            if (filter.action() != null) {
                sql.append(" and ACTION = ?");
                args.add(filter.action());
            }
            if (filter.targetPrefix() != null) {
                sql.append(" and TARGET like ? escape '!'");
                args.add(filter.targetPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            if (filter.from() != null) {
                sql.append(" and AT_MILLIS >= ?");
                args.add(filter.from().toEpochMilli());
            }
            if (filter.to() != null) {
                sql.append(" and AT_MILLIS < ?");
                args.add(filter.to().toEpochMilli());
            }
            sql.append(" order by SEQ desc");
        }
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.setMaxRows(max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < max) {
                    out.add(AuditEntry.stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    @Override
    public List<AuditEntry> list(Subject subject, Filter filter, int max) {
        // The log is the installation's, not a township's: only an administrator for the county or the city reads it.
        if (subject.role() != Role.ADMINISTRATOR || subject.scopePath().chars().filter(ch -> ch == '/').count() > 3) {
            throw new AccessDeniedException(SecurityMessages.denied_audit);
        }
        Filter f = filter == null ? Filter.ALL : filter;
        return db.tx(em -> {
            try {
                List<AuditEntry> entries = page(em.unwrap(Connection.class), 0, 0, f, Math.max(1, max));
                if (!subject.isSystem()) {
                    appendIn(em, subject.username(), READ, "audit-log", describe(f) + " -> " + entries.size());
                }
                return entries;
            } catch (SQLException ex) {
                throw new IllegalStateException("the audit log cannot be read: " + ex.getMessage(), ex);
            }
        });
    }

    private static String describe(Filter f) {
        StringBuilder sb = new StringBuilder();
        if (f.actor() != null) {
            sb.append("actor=").append(f.actor()).append(' ');
        }
        if (f.action() != null) {
            sb.append("action=").append(f.action()).append(' ');
        }
        if (f.targetPrefix() != null) {
            sb.append("target=").append(f.targetPrefix()).append(' ');
        }
        if (f.from() != null) {
            sb.append("from=").append(f.from()).append(' ');
        }
        if (f.to() != null) {
            sb.append("to=").append(f.to()).append(' ');
        }
        return sb.length() == 0 ? "all" : sb.toString().trim();
    }
}
