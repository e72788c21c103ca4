package org.jiandu.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * What the workbench's own account on a PostgreSQL server may do, granted by the schema's owner after migrating:
 * read and write the application's tables, use their sequences, only read and append the audit log, only read the
 * migration history. It cannot create, alter or drop anything, nor update, delete or truncate audit entries.
 */
final class AppAccountGrants {

    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private AppAccountGrants() {
    }

    /** True when this account may create objects in its current schema (the owner, or a single-account setup). */
    static boolean mayChangeSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_schema() is not null"
                        + " and has_schema_privilege(current_schema(), 'CREATE')")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static void grant(Connection c, String role) throws SQLException {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a PostgreSQL role name: " + role);
        }
        String schema;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        String r = quote(role);
        String in = " in schema " + quote(schema) + " ";
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("revoke all on all tables" + in + "from " + r);
            s.execute("grant usage on schema " + quote(schema) + " to " + r);
            s.execute("grant select, insert, update, delete on all tables" + in + "to " + r);
            s.execute("grant usage, select on all sequences" + in + "to " + r);
            s.execute("revoke update, delete, truncate on audit_entry from " + r);
            s.execute("revoke insert, update, delete, truncate on databasechangelog, databasechangeloglock from " + r);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
