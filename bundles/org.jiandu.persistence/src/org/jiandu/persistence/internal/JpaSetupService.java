package org.jiandu.persistence.internal;

import org.jiandu.core.SetupService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.City;
import org.jiandu.core.model.County;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.PasswordPolicy;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = SetupService.class)
public class JpaSetupService implements SetupService {

    @Reference
    Database db;

    @Override
    public State state() {
        return db.read(em -> {
            InstallationRow row = em.find(InstallationRow.class, InstallationRow.ID);
            return row == null ? State.NOT_SET_UP : row.kind();
        });
    }

    @Override
    public String countyId() {
        return db.read(em -> {
            InstallationRow row = em.find(InstallationRow.class, InstallationRow.ID);
            return row == null ? null : row.county();
        });
    }

    @Override
    public Subject setUp(CountyProfile county, String adminName, String adminDisplayName, char[] adminPassword) {
        String hash;
        try {
            String name = adminName == null ? "" : adminName.trim();
            AppUser.checkName(name);
            PasswordPolicy.check(name, adminPassword);
            hash = new PasswordHasher().hash(adminPassword);
        } finally {
            PasswordHasher.wipe(adminPassword);
        }
        String name = adminName.trim();
        return db.tx(em -> {
            // the audit head row serialises two setups racing on one PostgreSQL database
            JpaAuditLog.lockHead(em);
            refuseUnlessEmpty(em);
            City city = new City(CountyProfile.CITY_CODE, CountyProfile.CITY_NAME_ZH, null);
            em.persist(city);
            County c = new County(county.id(), county.nameZh(), city);
            em.persist(c);
            String display = adminDisplayName == null || adminDisplayName.isBlank() ? name : adminDisplayName.trim();
            AppUser admin = new AppUser(name, display, Role.ADMINISTRATOR, c, hash);
            em.persist(admin);
            em.persist(new InstallationRow(State.REAL, county.id()));
            JpaAuditLog.appendIn(em, name, AuditLog.CHANGE, "installation",
                    "set up for " + county.id() + " with administrator " + name);
            return Subjects.of(admin);
        });
    }

    /** Setup and demo data both go only into a database nobody has set up or filled. */
    static void refuseUnlessEmpty(EntityManager em) {
        if (em.find(InstallationRow.class, InstallationRow.ID) != null
                || em.createQuery("select count(o) from OrgNode o", Long.class).getSingleResult() > 0
                || em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            throw new IllegalStateException("This database already holds an installation; setup and demo data only"
                    + " go into an empty one.");
        }
    }
}
