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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
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
     * database was last brought up to: what the next start would migrate. None for a new database or a changelog it
     * never had (a module added: new tables only); every one when the database is older than this check.
     */
    static List<String> changed(Connection c, Map<String, ClassLoader> present) throws SQLException {
        Map<String, String> recorded = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = current_schema()"
                    + " and lower(table_name) in ('databasechangelog', '" + TABLE.toLowerCase(Locale.ROOT) + "')")) {
                int tables = rs.next() ? rs.getInt(1) : 0;
                if (tables == 0) {
                    return List.of(); // a new database
                }
                if (tables == 1) {
                    return List.copyOf(present.keySet()); // migrated before digests were kept
                }
            }
            try (ResultSet rs = s.executeQuery("select CHANGELOG, DIGEST from " + TABLE)) {
                while (rs.next()) {
                    recorded.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<String> changed = new ArrayList<>();
        present.forEach((changelog, loader) -> {
            String was = recorded.get(changelog);
            if (was != null && !was.equals(of(loader, changelog))) {
                changed.add(changelog);
            }
        });
        return changed;
    }
}
