package org.jiandu.persistence.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.jiandu.persistence.DatabaseConfig;

/** Opens plain JDBC connections without DriverManager, whose class-loader lookups do not work across bundles. */
final class Jdbc {

    private Jdbc() {
    }

    static String driverClass(DatabaseConfig config) {
        return config.isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver";
    }

    static Connection connect(DatabaseConfig config) throws SQLException {
        Driver driver = config.isPostgres() ? new org.postgresql.Driver() : new org.h2.Driver();
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        Connection c = driver.connect(config.url(), p);
        if (c == null) {
            throw new SQLException("no driver accepts the URL " + config.safeUrl());
        }
        return c;
    }
}
