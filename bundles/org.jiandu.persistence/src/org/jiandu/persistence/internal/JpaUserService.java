package org.jiandu.persistence.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AppUser;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.LoginThrottle;
import org.jiandu.core.security.PasswordChangeRequiredException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.PasswordPolicy;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserAccount;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.Database;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Accounts in {@code APP_USER}. The slow part of a login (PBKDF2) runs outside any transaction; the outcome (failed
 * count, lock, last login, an upgraded hash) and its audit entry are written together in one transaction on the
 * user row locked for update, so the throttle holds across processes sharing a database.
 */
@Component(service = UserService.class)
public class JpaUserService implements UserService {

    /**
     * Verified against when the user does not exist, so a wrong name costs as long as a wrong password. A fixed
     * hash of a throw-away password at the default strength (nothing secret in it): making one at start-up cost
     * every command-line run a second, and making it at first use would make an unknown name's first try slower.
     * Raising the iteration count without replacing it stops the service from starting (below), so no test passes.
     */
    private static final String DUMMY_HASH = "pbkdf2-sha256$600000$4gYvrZEXbSMakua6XKZ4Vw$+sUt8s43CL7GAHqhsxI2sV8M2OeHhIDUbvY0aL7JjSU";
    static {
        if (new PasswordHasher().needsRehash(DUMMY_HASH)) {
            throw new AssertionError("JpaUserService.DUMMY_HASH must be made with PasswordHasher.DEFAULT_ITERATIONS");
        }
    }
    private static final int MAX_UNKNOWN_NAMES = 10_000;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Failed logins under names that do not exist, so that they are throttled and locked like real accounts and
     * the answer does not tell the two apart (within this process; real accounts keep theirs in the database).
     */
    private final Map<String, LoginThrottle.Attempts> unknownNames = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoginThrottle.Attempts> eldest) {
            return size() > MAX_UNKNOWN_NAMES;
        }
    };

    /** The time the throttle goes by; tests replace it (by reflection) instead of sleeping. */
    volatile Clock clock = Clock.systemUTC();

    @Reference
    Database db;

    @Override
    public Subject authenticate(String username, char[] password) throws AuthenticationException {
        try {
            String name = normalize(username);
            Checked c = check(name, password);
            String upgraded = hasher.needsRehash(c.hash) ? hasher.hash(password) : null;
            Instant now = c.now;
            Subject s = db.tx(em -> {
                AppUser u = lockedUser(em, name);
                if (u == null || !u.isActive() || !u.getPasswordHash().equals(c.hash)) {
                    return null; // changed since the check: treat as a failure below
                }
                u.setAttempts(LoginThrottle.Attempts.NONE);
                String upgrade = "";
                if (upgraded != null) {
                    u.setPasswordHash(upgraded);
                    upgrade = "; password hash upgraded from " + PasswordHasher.iterations(c.hash) + " to "
                            + PasswordHasher.iterations(upgraded) + " iterations";
                }
                if (u.isMustChangePassword()) { // the upgrade is written here too: its entry says so
                    JpaAuditLog.appendIn(em, name, AuditLog.LOGIN_FAILED, null,
                            "one-time password: must be changed first" + upgrade);
                    return Subjects.of(u);
                }
                u.setLastLoginAt(now);
                JpaAuditLog.appendIn(em, name, AuditLog.LOGIN, u.getScope().getCode(), u.getRole().name() + upgrade);
                return Subjects.of(u);
            });
            if (s == null) {
                throw fail(name, now, "account changed during login");
            }
            if (c.mustChange) {
                throw new PasswordChangeRequiredException(name, SecurityMessages.change_required);
            }
            return s;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public void changePassword(String username, char[] oldPassword, char[] newPassword) throws AuthenticationException {
        try {
            String name = normalize(username);
            // the policy first: it needs no account, so a refusal tells nothing about one
            PasswordPolicy.check(name, newPassword);
            if (Arrays.equals(oldPassword, newPassword)) {
                throw new IllegalArgumentException(SecurityMessages.policy_same);
            }
            Checked c = check(name, oldPassword);
            String hash = hasher.hash(newPassword);
            boolean done = db.tx(em -> {
                AppUser u = lockedUser(em, name);
                if (u == null || !u.isActive() || !u.getPasswordHash().equals(c.hash)) {
                    return false;
                }
                boolean oneTime = u.isMustChangePassword();
                u.setPasswordHash(hash);
                u.setMustChangePassword(false);
                u.setPasswordChangedAt(c.now);
                u.setAttempts(LoginThrottle.Attempts.NONE);
                JpaAuditLog.appendIn(em, name, AuditLog.CHANGE, target(name),
                        "password changed by the user" + (oneTime ? "; one-time password: yes → no" : ""));
                return true;
            });
            if (!done) {
                throw fail(name, c.now, "account changed during password change");
            }
        } finally {
            PasswordHasher.wipe(oldPassword);
            PasswordHasher.wipe(newPassword);
        }
    }

    /** What a successful password check found: the hash it matched and whether it is a one-time password. */
    private record Checked(String hash, boolean mustChange, Instant now) {
    }

    /**
     * The throttle, then the password. Any refusal is audited, counted (except a refusal inside the delay, which
     * checks nothing) and thrown with a message that is the same whether or not the name exists.
     */
    private Checked check(String name, char[] password) throws AuthenticationException {
        Instant now = clock.instant();
        AppUser user = name.isEmpty() ? null : db.read(em -> find(em, name));
        LoginThrottle.Attempts attempts = user != null ? user.attempts() : unknownAttempts(name);
        String refusal = attempts.refusal(now);
        if (refusal != null) {
            db.txRun(em -> JpaAuditLog.appendIn(em, auditName(name), AuditLog.LOGIN_FAILED, null,
                    attempts.locked(now) ? "refused unchecked: account locked" : "refused unchecked: retry too soon"));
            throw new AuthenticationException(refusal);
        }
        boolean ok = hasher.verify(password == null ? new char[0] : password,
                user == null ? DUMMY_HASH : user.getPasswordHash());
        if (user == null || !ok || !user.isActive()) {
            throw fail(name, now, user == null ? "unknown user" : !user.isActive() ? "user disabled" : "wrong password");
        }
        return new Checked(user.getPasswordHash(), user.isMustChangePassword(), now);
    }

    /** Counts a failed attempt (in the database, or in memory for an unknown name), audits it, returns the error. */
    private AuthenticationException fail(String name, Instant now, String reason) {
        LoginThrottle.Attempts after = db.tx(em -> {
            AppUser u = name.isEmpty() ? null : lockedUser(em, name);
            LoginThrottle.Attempts a;
            if (u != null) {
                a = u.attempts().failed(now);
                u.setAttempts(a);
            } else {
                synchronized (unknownNames) {
                    a = unknownNames.getOrDefault(name, LoginThrottle.Attempts.NONE).failed(now);
                    unknownNames.put(name, a);
                }
            }
            JpaAuditLog.appendIn(em, auditName(name), AuditLog.LOGIN_FAILED, null, reason + "; failed logins: "
                    + a.failures() + (a.lockedUntil() != null ? "; locked until " + a.lockedUntil() : ""));
            return a;
        });
        // the attempt that locks the account says so, as the next one would
        return new AuthenticationException(after.locked(now) ? after.refusal(now) : SecurityMessages.wrong_login);
    }

    private LoginThrottle.Attempts unknownAttempts(String name) {
        synchronized (unknownNames) {
            return unknownNames.getOrDefault(name, LoginThrottle.Attempts.NONE);
        }
    }

    @Override
    public String addUser(Subject actor, String username, String displayName, Role role, String scopeCode) {
        requireManager(actor);
        Objects.requireNonNull(role, "role");
        AppUser.checkName(username);
        String oneTime = PasswordPolicy.oneTimePassword();
        String hash = hasher.hash(oneTime.toCharArray());
        return db.tx(em -> {
            OrgNode scope = scope(em, actor, scopeCode);
            if (find(em, username) != null) {
                throw new IllegalArgumentException(NLS.bind(SecurityMessages.user_exists, username));
            }
            String display = displayName == null || displayName.isBlank() ? username : displayName.strip();
            AppUser u = new AppUser(username, display, role, scope, hash);
            u.setMustChangePassword(true);
            em.persist(u);
            JpaAuditLog.appendIn(em, actor.username(), AuditLog.CHANGE, target(username), "added with role " + role
                    + " and scope " + scope.getCode() + "; one-time password issued");
            return oneTime;
        });
    }

    @Override
    public String resetPassword(Subject actor, String username) {
        requireManager(actor);
        String oneTime = PasswordPolicy.oneTimePassword();
        String hash = hasher.hash(oneTime.toCharArray());
        manage(actor, username, (em, u) -> {
            LoginThrottle.Attempts before = u.attempts();
            u.setPasswordHash(hash);
            u.setMustChangePassword(true);
            u.setPasswordChangedAt(clock.instant());
            u.setAttempts(LoginThrottle.Attempts.NONE);
            JpaAuditLog.appendIn(em, actor.username(), AuditLog.CHANGE, target(username),
                    "password reset: one-time password issued" + lockChange(before));
        });
        return oneTime;
    }

    @Override
    public void setActive(Subject actor, String username, boolean active) {
        requireManager(actor);
        if (!active && actor.username().equalsIgnoreCase(normalize(username))) {
            throw new AccessDeniedException(SecurityMessages.denied_self_disable);
        }
        manage(actor, username, (em, u) -> {
            if (u.isActive() != active) {
                u.setActive(active);
                JpaAuditLog.appendIn(em, actor.username(), AuditLog.CHANGE, target(u.getUsername()),
                        "active: " + !active + " → " + active);
            }
        });
    }

    @Override
    public void changeRoleAndScope(Subject actor, String username, Role role, String scopeCode) {
        requireManager(actor);
        if (actor.username().equalsIgnoreCase(normalize(username))) {
            throw new AccessDeniedException(SecurityMessages.denied_self_role);
        }
        manage(actor, username, (em, u) -> {
            StringBuilder detail = new StringBuilder();
            if (role != null && role != u.getRole()) {
                detail.append("role: ").append(u.getRole()).append(" → ").append(role);
                u.setRole(role);
            }
            if (scopeCode != null && !scopeCode.equals(u.getScope().getCode())) {
                OrgNode scope = scope(em, actor, scopeCode);
                detail.append(detail.isEmpty() ? "" : "; ").append("scope: ").append(u.getScope().getCode())
                        .append(" → ").append(scope.getCode());
                u.setScope(scope);
            }
            if (!detail.isEmpty()) {
                JpaAuditLog.appendIn(em, actor.username(), AuditLog.CHANGE, target(u.getUsername()), detail.toString());
            }
        });
    }

    @Override
    public void unlock(Subject actor, String username) {
        requireManager(actor);
        manage(actor, username, (em, u) -> {
            LoginThrottle.Attempts before = u.attempts();
            if (before.failures() > 0 || before.lockedUntil() != null) {
                u.setAttempts(LoginThrottle.Attempts.NONE);
                JpaAuditLog.appendIn(em, actor.username(), AuditLog.CHANGE, target(u.getUsername()),
                        "unlocked" + lockChange(before));
            }
        });
    }

    @Override
    public List<UserAccount> listUsers(Subject actor) {
        if (!actor.role().canManageUsers()) {
            throw new AccessDeniedException(SecurityMessages.denied_users);
        }
        Instant now = clock.instant();
        return db.tx(em -> {
            List<UserAccount> list = em.createQuery("select u from AppUser u order by u.username", AppUser.class)
                    .getResultList().stream().filter(u -> actor.covers(u.getScope().getPath()))
                    .map(u -> new UserAccount(u.getUsername(), u.getDisplayName(), u.getRole(), u.getScope().getCode(),
                            u.getScope().getName(), u.isActive(), u.attempts().locked(now), u.attempts().lockedUntil(),
                            u.isMustChangePassword(), u.getLastLoginAt(), u.getCreatedAt()))
                    .toList();
            JpaAuditLog.appendIn(em, actor.username(), AuditLog.READ, "users", list.size() + " accounts");
            return list;
        });
    }

    @Override
    public Map<String, String> displayNames() {
        return db.read(em -> {
            Map<String, String> names = new HashMap<>();
            for (Object[] row : em.createQuery("select u.username, u.displayName from AppUser u", Object[].class)
                    .getResultList()) {
                names.put((String) row[0], (String) row[1]);
            }
            return names;
        });
    }

    @Override
    public boolean isEmpty() {
        return db.read(em -> em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() == 0);
    }

    private interface Change {
        void apply(EntityManager em, AppUser user);
    }

    /** Runs an administrator's change on a user inside the actor's scope, locked for update, in one transaction. */
    private void manage(Subject actor, String username, Change change) {
        String name = normalize(username);
        db.txRun(em -> {
            AppUser u = lockedUser(em, name);
            if (u == null) {
                throw new IllegalArgumentException(NLS.bind(SecurityMessages.no_user, name));
            }
            if (!actor.covers(u.getScope().getPath())) {
                throw new AccessDeniedException(NLS.bind(SecurityMessages.denied_scope, actor.username(),
                        u.getScope().getName()));
            }
            change.apply(em, u);
        });
    }

    private static void requireManager(Subject actor) {
        if (actor == null || !actor.role().canManageUsers()) {
            throw new AccessDeniedException(NLS.bind(SecurityMessages.denied_manage,
                    actor == null ? "?" : actor.username()));
        }
    }

    /** The organisation an account is to be scoped to; it must lie inside the actor's own scope. */
    private static OrgNode scope(EntityManager em, Subject actor, String scopeCode) {
        OrgNode scope = em.createQuery("select o from OrgNode o where o.code = :c", OrgNode.class)
                .setParameter("c", scopeCode).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(SecurityMessages.no_org, scopeCode)));
        if (!actor.covers(scope.getPath())) {
            throw new AccessDeniedException(NLS.bind(SecurityMessages.denied_scope, actor.username(), scope.getName()));
        }
        return scope;
    }

    private static AppUser find(EntityManager em, String name) {
        return em.createQuery("select u from AppUser u where u.username = :n", AppUser.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    /** The user row locked for update until the transaction ends, or null. */
    private static AppUser lockedUser(EntityManager em, String name) {
        return em.createQuery("select u from AppUser u where u.username = :n", AppUser.class).setParameter("n", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    private static String lockChange(LoginThrottle.Attempts before) {
        if (before.failures() == 0 && before.lockedUntil() == null) {
            return "";
        }
        return "; failed logins: " + before.failures() + " → 0"
                + (before.lockedUntil() != null ? "; locked until: " + before.lockedUntil() + " → none" : "");
    }

    private static String target(String username) {
        return "user:" + username;
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim();
    }

    private static String auditName(String name) {
        return name.isEmpty() ? "?" : name.length() > 64 ? name.substring(0, 64) : name;
    }
}
