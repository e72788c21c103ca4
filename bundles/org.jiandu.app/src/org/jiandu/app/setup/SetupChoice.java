package org.jiandu.app.setup;

import org.jiandu.core.model.CountyProfile;
import org.jiandu.persistence.DatabaseConfig;

/**
 * What the setup dialog was told.
 *
 * @param county        the county the installation is for
 * @param database      the county's PostgreSQL server, or null for the embedded database of the data directory
 * @param adminName     the first administrator (null for demo data)
 * @param adminDisplay  how the administrator is shown
 * @param adminPassword the administrator's password; the caller wipes it
 * @param demo          try with demo data instead of the county's own jurisdiction
 */
public record SetupChoice(CountyProfile county, DatabaseConfig database, String adminName, String adminDisplay,
        char[] adminPassword, boolean demo) {
}
