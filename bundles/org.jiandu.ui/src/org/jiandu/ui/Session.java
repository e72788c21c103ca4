package org.jiandu.ui;

import java.nio.file.Path;

import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.Subject;

/**
 * The logged-in user and the installation in use, registered as an OSGi service for the life of the workbench so
 * that parts and modules get it injected like any other service.
 *
 * @param subject  who is logged in
 * @param county   the county this installation is for (branding, defaults)
 * @param dataDir  the locked data directory
 * @param database the database in use, without secrets, e.g. "H2 2.3.232 · jdbc:h2:file:…"
 * @param demo     a demo installation (public passwords): every window says so
 * @param importJurisdiction set up in this very start by a county that chose to import its jurisdiction next
 */
public record Session(Subject subject, CountyProfile county, Path dataDir, String database, boolean demo,
        boolean importJurisdiction) {
}
