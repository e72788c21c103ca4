package org.jiandu.persistence.internal;

import java.util.List;

import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UserService.class)
public class JpaUserService implements UserService {

    /** Hashed when the user does not exist, so a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-password".toCharArray());

    private final PasswordHasher hasher = new PasswordHasher();

    @Reference
    Database db;

    @Override
    public Subject authenticate(String username, char[] password) throws AuthenticationException {
        try {
            String name = username == null ? "" : username.trim();
            AppUser user = db.read(em -> em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                    .setParameter("n", name).getResultStream().findFirst().orElse(null));
            boolean ok = hasher.verify(password == null ? new char[0] : password,
                    user == null ? DUMMY_HASH : user.getPasswordHash());
            if (user == null || !ok || !user.isActive()) {
                db.tx(em -> JpaAuditLog.append(em, name.isEmpty() ? "?" : name, AuditLog.LOGIN_FAILED, null,
                        user == null ? "unknown user" : !user.isActive() ? "user disabled" : "wrong password"));
                throw new AuthenticationException("Wrong user name or password.");
            }
            Subject s = Subjects.of(user);
            db.tx(em -> JpaAuditLog.append(em, s.username(), AuditLog.LOGIN, s.scopeCode(), s.role().name()));
            return s;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public Subject addUser(Subject actor, String username, String displayName, Role role, String scopeCode,
            char[] password) {
        try {
            if (!actor.role().canManageUsers()) {
                throw new AccessDeniedException(actor.username() + " may not add users");
            }
            if (username == null || !username.matches("[A-Za-z0-9_.\\-]{2,64}")) {
                throw new IllegalArgumentException("user name must be 2–64 letters, digits, '.', '_' or '-'");
            }
            if (password == null || password.length < 8) {
                throw new IllegalArgumentException("password must have at least 8 characters");
            }
            String hash = hasher.hash(password);
            return db.tx(em -> {
                OrgNode scope = em.createQuery("select o from OrgNode o where o.code = :c", OrgNode.class)
                        .setParameter("c", scopeCode).getResultStream().findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no organisation with code '" + scopeCode + "'"));
                if (!actor.covers(scope.getPath())) {
                    throw new AccessDeniedException(actor.username() + " may not create users for " + scope.getName());
                }
                boolean exists = !em.createQuery("select u.id from AppUser u where u.username = :n", Long.class)
                        .setParameter("n", username).getResultList().isEmpty();
                if (exists) {
                    throw new IllegalArgumentException("user '" + username + "' already exists");
                }
                AppUser u = new AppUser(username, displayName == null ? username : displayName, role, scope, hash);
                em.persist(u);
                JpaAuditLog.append(em, actor.username(), AuditLog.CHANGE, "user:" + username,
                        "added with role " + role + " and scope " + scope.getCode());
                return Subjects.of(u);
            });
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public List<Subject> listUsers(Subject actor) {
        return db.read(em -> em.createQuery("select u from AppUser u order by u.username", AppUser.class)
                .getResultList().stream().filter(u -> actor.covers(u.getScope().getPath())).map(Subjects::of).toList());
    }

    @Override
    public boolean isEmpty() {
        return db.read(em -> em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() == 0);
    }
}
