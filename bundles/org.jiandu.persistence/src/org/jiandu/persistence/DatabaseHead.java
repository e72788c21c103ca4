package org.jiandu.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where a database stands: the number and hash of its audit log's last entry, and a digest of the schema changes
 * applied to it. Every change of its data is audited in its own transaction and every change of its schema is a
 * migration, so a database whose head has not moved since a copy of it was taken holds what the copy holds. A backup
 * keeps the head of its database copy in {@link #FILE}; the backup before a migration uses it to tell whether the
 * backup an update has just made still holds the database as it is.
 */
public record DatabaseHead(long seq, String hash, String schema) {

    /** In a backup, beside {@code data/}: the head of the database copied into it. */
    public static final String FILE = "database.head";

    /** The head of the database {@code c} is connected to. */
    public static DatabaseHead of(Connection c) throws SQLException {
        long seq;
        String hash;
        try (PreparedStatement ps = c.prepareStatement("select LAST_SEQ, LAST_HASH from AUDIT_HEAD where ID = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit log has no head row");
            }
            seq = rs.getLong(1);
            hash = rs.getString(2);
        }
        return new DatabaseHead(seq, hash, schema(c));
    }

    /** Every changeset Liquibase ran and every changelog text recorded as applied, as one SHA-256. */
    private static String schema(Connection c) throws SQLException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            try (Statement s = c.createStatement()) {
                for (String q : List.of("select ID, AUTHOR, FILENAME, MD5SUM from DATABASECHANGELOG order by ORDEREXECUTED, ID",
                        "select CHANGELOG, DIGEST from JIANDU_CHANGELOG_DIGEST order by CHANGELOG")) {
                    try (ResultSet rs = s.executeQuery(q)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                d.update((rs.getString(i) + "\u0000").getBytes(StandardCharsets.UTF_8));
                            }
                            d.update((byte) '\n');
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entries the log of {@code c} holds after this head, oldest first, each as its action, a space and its
     * target; null when that database is not this one as it was, with entries added (its log does not go on from this
     * head: another database, a rewritten log) or its schema changed since.
     */
    public List<String> after(Connection c) throws SQLException {
        DatabaseHead now = of(c);
        if (!now.schema().equals(schema) || now.seq() < seq || now.seq() == seq && !now.hash().equals(hash)) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select SEQ, PREV_HASH, HASH, ACTION, TARGET from AUDIT_ENTRY where SEQ > ? order by SEQ")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                long expected = seq + 1;
                String previous = hash;
                while (rs.next()) {
                    // each entry links to the one before, the first to this head (the MACs are jiandu audit verify's)
                    if (rs.getLong(1) != expected || !previous.equals(rs.getString(2))) {
                        return null;
                    }
                    previous = rs.getString(3);
                    entries.add(rs.getString(4) + " " + rs.getString(5));
                    expected++;
                }
                return expected == now.seq() + 1 && previous.equals(now.hash()) ? entries : null;
            }
        }
    }

    /** {@code SEQ HASH SCHEMA}, as {@link #FILE} holds it. */
    @Override
    public String toString() {
        return seq + " " + hash + " " + schema;
    }

    /** The head {@link #toString()} wrote; null when {@code text} is not one. */
    public static DatabaseHead parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(" ");
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{64}") || !parts[2].matches("[0-9a-f]{64}")) {
            return null;
        }
        try {
            return new DatabaseHead(Long.parseLong(parts[0]), parts[1], parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
