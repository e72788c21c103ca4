package org.jiandu.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which text of each changelog this database was last brought up to, by its SHA-256: a start whose changelogs are
 * all unchanged skips Liquibase altogether (parsing every changelog and reading its history was most of the time a
 * county build took to start). Kept in the database itself, so a restored, copied or shared database answers for
 * itself; any doubt (no such table yet, another text) leaves the decision to Liquibase, as before.
 */
final class ChangelogDigests {

    static final String TABLE = "JIANDU_CHANGELOG_DIGEST";

    private ChangelogDigests() {
    }

    /** The SHA-256 of the changelog's text, or null when it cannot be read (then Liquibase decides). */
    static String of(ClassLoader resources, String changelog) {
        try (InputStream in = resources.getResourceAsStream(changelog)) {
            return in == null ? null : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Whether this database recorded exactly {@code digest} for {@code changelog} after applying it. */
    static boolean applied(Connection c, String changelog, String digest) throws SQLException {
        if (digest == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("select DIGEST from " + TABLE + " where CHANGELOG = ?")) {
            ps.setString(1, changelog);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && digest.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            // no such table yet (a new database, or one from before this check); PostgreSQL needs the failed
            // statement's transaction ended before the connection is used again
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return false;
        }
    }

    /** Records that {@code changelog} in the text of {@code digest} is applied (after Liquibase succeeded). */
    static void record(Connection c, String changelog, String digest) throws SQLException {
        if (digest == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists " + TABLE
                    + " (CHANGELOG varchar(255) not null primary key, DIGEST varchar(64) not null)");
        }
        try (PreparedStatement del = c.prepareStatement("delete from " + TABLE + " where CHANGELOG = ?");
                PreparedStatement ins = c.prepareStatement("insert into " + TABLE + " (CHANGELOG, DIGEST) values (?, ?)")) {
            del.setString(1, changelog);
            del.executeUpdate();
            ins.setString(1, changelog);
            ins.setString(2, digest);
            ins.executeUpdate();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /**
     * The changelogs among {@code present} (name → the loader that holds it) whose text differs from the one this
     * database was last brought up to, with their loaders: what this start migrates. None for a new database; a
     * changelog without a recorded digest counts when the database has run changes of it (applied before digests were
     * kept), not when it never had it (a module added: new tables only); every one when the database is older than
     * digests. A changelog that cannot be read is left to Liquibase, as always.
     */
    static Map<String, ClassLoader> changed(Connection c, Map<String, ClassLoader> present) throws SQLException {
        Map<String, String> recorded = new HashMap<>();
        Map<String, ClassLoader> changed = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = current_schema()"
                    + " and lower(table_name) in ('databasechangelog', '" + TABLE.toLowerCase(Locale.ROOT) + "')")) {
                int tables = rs.next() ? rs.getInt(1) : 0;
                if (tables == 0) {
                    return changed; // a new database
                }
                if (tables == 1) {
                    changed.putAll(present); // migrated before digests were kept
                    return changed;
                }
            }
            try (ResultSet rs = s.executeQuery("select CHANGELOG, DIGEST from " + TABLE)) {
                while (rs.next()) {
                    recorded.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        for (Map.Entry<String, ClassLoader> e : present.entrySet()) {
            String now = of(e.getValue(), e.getKey());
            String was = recorded.get(e.getKey());
            if (now != null && (was != null ? !was.equals(now) : ran(c, e.getKey()))) {
                changed.put(e.getKey(), e.getValue());
            }
        }
        return changed;
    }

    /** Whether Liquibase has run changes of {@code changelog} on this database. */
    private static boolean ran(Connection c, String changelog) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from DATABASECHANGELOG where FILENAME = ?")) {
            ps.setString(1, changelog);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
