package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.jiandu.core.DemoDataService;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.LoginThrottle;
import org.jiandu.core.security.PasswordChangeRequiredException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.Subject;
import org.jiandu.core.security.UserAccount;
import org.jiandu.core.security.UserService;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.persistence.DatabaseManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accounts and passwords (issue 13 §3): one-time passwords, the password policy, administration inside one's scope,
 * throttling and lockout, the hash upgrade and the audit trail, on H2 and PostgreSQL. Time is moved with a clock
 * set into the service instead of sleeping.
 */
class UserAccountsTest {

    private static final CountyProfile DANFENG = CountyProfile.require("danfeng");
    private static final String ADMIN_PW = "admin-pass-1";
    private static final String DEMO = DemoDataService.DEMO_PASSWORD;
    private static final String GOOD = "Qinling-Shan-7419";

    @TempDir
    Path dir;

    private DatabaseConfig config;
    private UserService users;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @AfterEach
    void closeDatabase() {
        Services.get(DatabaseManager.class).close();
    }

    private Subject open(String kind) throws Exception {
        config = TestDatabases.fresh(kind, dir);
        Services.get(DatabaseManager.class).open(config);
        Services.get(DemoDataService.class).load(List.of(DANFENG), DANFENG, ADMIN_PW.toCharArray());
        users = Services.get(UserService.class);
        java.lang.reflect.Field f = users.getClass().getDeclaredField("clock");
        f.setAccessible(true);
        f.set(users, clock);
        return login("admin", ADMIN_PW);
    }

    private Subject login(String user, String password) throws AuthenticationException {
        return users.authenticate(user, password.toCharArray());
    }

    private void change(String user, String oldPw, String newPw) throws AuthenticationException {
        users.changePassword(user, oldPw.toCharArray(), newPw.toCharArray());
    }

    private UserAccount account(Subject admin, String name) {
        return users.listUsers(admin).stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
    }

    /** A user of its own with a one-time password that has been replaced by {@code password}. */
    private void addWithPassword(Subject admin, String name, Role role, String scope, String password)
            throws AuthenticationException {
        String oneTime = users.addUser(admin, name, null, role, scope);
        change(name, oneTime, password);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aOneTimePasswordMustBeChangedBeforeTheFirstLogin(String kind) throws Exception {
        Subject admin = open(kind);
        String oneTime = users.addUser(admin, "wang.li", "王立", Role.INVESTIGATOR, "danfeng-t05");
        assertTrue(oneTime.matches("[A-HJ-NP-Za-km-z2-9]{4}(-[A-HJ-NP-Za-km-z2-9]{4}){3}"), oneTime);
        assertNotEquals(oneTime, users.addUser(admin, "zhao.min", null, Role.READ_ONLY, "danfeng"), "random");
        assertTrue(account(admin, "wang.li").mustChangePassword());

        PasswordChangeRequiredException e = assertThrows(PasswordChangeRequiredException.class,
                () -> login("wang.li", oneTime));
        assertEquals("wang.li", e.username());
        AuthenticationException wrong = assertThrows(AuthenticationException.class, () -> login("wang.li", "x" + oneTime));
        assertFalse(wrong instanceof PasswordChangeRequiredException, "a wrong password is not a change request");
        assertThrows(PasswordChangeRequiredException.class, () -> login("wang.li", oneTime), "still one-time");

        change("wang.li", oneTime, GOOD);
        Subject wang = login("wang.li", GOOD);
        assertEquals("danfeng-t05", wang.scopeCode());
        assertEquals(Role.INVESTIGATOR, wang.role());
        assertThrows(AuthenticationException.class, () -> login("wang.li", oneTime), "the one-time password is gone");
        UserAccount a = account(admin, "wang.li");
        assertFalse(a.mustChangePassword());
        assertTrue(a.lastLogin() != null);
        assertEquals(8, users.listUsers(admin).size());
        assertThrows(IllegalArgumentException.class, () -> users.addUser(admin, "wang.li", null, Role.READ_ONLY, "danfeng"));
        assertThrows(IllegalArgumentException.class, () -> users.addUser(admin, "bad name!", null, Role.READ_ONLY, "danfeng"));
        assertThrows(IllegalArgumentException.class, () -> users.addUser(admin, "li.na", null, Role.READ_ONLY, "nowhere"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thePolicyRefusesWeakPasswordsNamingTheRule(String kind) throws Exception {
        Subject admin = open(kind);
        String oneTime = users.addUser(admin, "wang.li", null, Role.READ_ONLY, "danfeng");
        assertRefused(SecurityMessages.policy_short.replace("{0}", "12"), () -> change("wang.li", oneTime, "Short-pw-1"));
        assertRefused(SecurityMessages.policy_name, () -> change("wang.li", oneTime, "my-WANG.LI-password"));
        assertRefused(SecurityMessages.policy_common, () -> change("wang.li", oneTime, "woaini131452"));
        assertRefused(SecurityMessages.policy_common, () -> change("wang.li", oneTime, "1qaz2wsx3edc4rfv"));
        assertRefused(SecurityMessages.policy_common, () -> change("wang.li", oneTime, "Password123456"));
        assertRefused(SecurityMessages.policy_repeated, () -> change("wang.li", oneTime, "7777777777777"));
        assertRefused(SecurityMessages.policy_demo, () -> change("wang.li", oneTime, "jiandu-demo-2026"));
        assertRefused(SecurityMessages.policy_same, () -> change("wang.li", oneTime, oneTime));
        // nothing was changed by the refusals, and they did not count as failed logins
        assertThrows(PasswordChangeRequiredException.class, () -> login("wang.li", oneTime));
        assertEquals(0, failedLogins("wang.li"));
        // an own change of an older password follows the policy as well
        assertRefused(SecurityMessages.policy_demo, () -> change("county", DEMO, "Jiandu-Demo2"));
        change("county", DEMO, GOOD);
        login("county", GOOD);
    }

    private static void assertRefused(String rule, Executable change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, change);
        assertEquals(rule, e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aResetIssuesANewOneTimePassword(String kind) throws Exception {
        Subject admin = open(kind);
        String oneTime = users.resetPassword(admin, "county");
        assertThrows(AuthenticationException.class, () -> login("county", DEMO), "the old password is gone");
        assertThrows(PasswordChangeRequiredException.class, () -> login("county", oneTime));
        assertTrue(account(admin, "county").mustChangePassword());
        change("county", oneTime, GOOD);
        assertEquals(Role.COUNTY_COMMISSION, login("county", GOOD).role());
        assertThrows(IllegalArgumentException.class, () -> users.resetPassword(admin, "nobody"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDisabledUserCannotLogInUntilEnabledAgain(String kind) throws Exception {
        Subject admin = open(kind);
        users.setActive(admin, "county", false);
        assertFalse(account(admin, "county").active());
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> login("county", DEMO));
        assertEquals(SecurityMessages.wrong_login, e.getMessage(), "the same words as a wrong password");
        clock.advance(Duration.ofMinutes(1));
        assertThrows(AuthenticationException.class, () -> change("county", DEMO, GOOD), "nor change the password");
        clock.advance(Duration.ofMinutes(1));
        users.setActive(admin, "county", true);
        assertEquals("county", login("county", DEMO).username());
        assertThrows(AccessDeniedException.class, () -> users.setActive(admin, "admin", false), "not oneself");
        assertTrue(account(admin, "admin").active());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewRoleAndScopeApplyAtTheNextLogin(String kind) throws Exception {
        Subject admin = open(kind);
        Subject before = login("county", DEMO);
        users.changeRoleAndScope(admin, "county", Role.READ_ONLY, "danfeng-t05");
        assertEquals(Role.COUNTY_COMMISSION, before.role(), "a subject already logged in keeps what it had");
        Subject after = login("county", DEMO);
        assertEquals(Role.READ_ONLY, after.role());
        assertEquals("danfeng-t05", after.scopeCode());
        users.changeRoleAndScope(admin, "county", null, "danfeng");
        assertEquals(Role.READ_ONLY, login("county", DEMO).role(), "null keeps the role");
        assertEquals("danfeng", login("county", DEMO).scopeCode());
        assertThrows(AccessDeniedException.class,
                () -> users.changeRoleAndScope(admin, "admin", Role.READ_ONLY, null), "not one's own role");
        assertThrows(IllegalArgumentException.class, () -> users.changeRoleAndScope(admin, "county", null, "nowhere"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyAdministratorsManageUsers(String kind) throws Exception {
        Subject admin = open(kind);
        for (String name : List.of("county", "township", "trainer", "investigator", "viewer")) {
            Subject s = login(name, DEMO);
            assertThrows(AccessDeniedException.class, () -> users.addUser(s, "new.user", null, Role.READ_ONLY, "danfeng"),
                    name + " add");
            assertThrows(AccessDeniedException.class, () -> users.resetPassword(s, "viewer"), name + " reset");
            assertThrows(AccessDeniedException.class, () -> users.setActive(s, "viewer", false), name + " disable");
            assertThrows(AccessDeniedException.class,
                    () -> users.changeRoleAndScope(s, "viewer", Role.ADMINISTRATOR, null), name + " role");
            assertThrows(AccessDeniedException.class, () -> users.unlock(s, "viewer"), name + " unlock");
        }
        UserAccount viewer = account(admin, "viewer");
        assertTrue(viewer.active());
        assertEquals(Role.READ_ONLY, viewer.role());
        assertEquals(6, users.listUsers(admin).size(), "nobody was added");
        assertEquals("viewer", login("viewer", DEMO).username(), "the password was not reset");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAdministratorManagesOnlyInsideTheirScope(String kind) throws Exception {
        Subject admin = open(kind);
        addWithPassword(admin, "t01.admin", Role.ADMINISTRATOR, "danfeng-t01", GOOD);
        Subject local = login("t01.admin", GOOD);
        assertThrows(AccessDeniedException.class, () -> users.resetPassword(local, "county"), "county-wide user");
        assertThrows(AccessDeniedException.class, () -> users.setActive(local, "viewer", false));
        assertThrows(AccessDeniedException.class, () -> users.unlock(local, "county"));
        assertThrows(AccessDeniedException.class, () -> users.changeRoleAndScope(local, "county", Role.READ_ONLY, null));
        assertThrows(AccessDeniedException.class, () -> users.addUser(local, "new.user", null, Role.READ_ONLY, "danfeng"));
        assertThrows(AccessDeniedException.class, () -> users.changeRoleAndScope(local, "township", null, "danfeng"),
                "the new scope lies outside");
        assertEquals("danfeng-t01", login("township", DEMO).scopeCode(), "unchanged");
        // inside the scope all of it works
        users.setActive(local, "township", false);
        users.setActive(local, "township", true);
        users.changeRoleAndScope(local, "township", Role.READ_ONLY, "danfeng-t01");
        users.addUser(local, "t01.viewer", null, Role.READ_ONLY, "danfeng-t01");
        assertEquals(List.of("t01.admin", "t01.viewer", "township"),
                users.listUsers(local).stream().map(UserAccount::username).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void failedLoginsDelayTheNextAttemptEvenWithTheRightPassword(String kind) throws Exception {
        open(kind);
        assertEquals(SecurityMessages.wrong_login, assertThrows(AuthenticationException.class,
                () -> login("county", "wrong-1")).getMessage());
        assertEquals("county", login("county", DEMO).username(), "one typing error costs nothing");

        assertThrows(AuthenticationException.class, () -> login("county", "wrong-1"));
        assertThrows(AuthenticationException.class, () -> login("county", "wrong-2"));
        AuthenticationException early = assertThrows(AuthenticationException.class, () -> login("county", DEMO));
        assertEquals(SecurityMessages.throttled.replace("{0}", "1"), early.getMessage());
        assertEquals(2, failedLogins("county"), "a refusal inside the delay checks and counts nothing");
        // the same for a name that does not exist: the same words at the same moments
        assertThrows(AuthenticationException.class, () -> login("nobody", "wrong-1"));
        assertThrows(AuthenticationException.class, () -> login("nobody", "wrong-2"));
        assertEquals(early.getMessage(),
                assertThrows(AuthenticationException.class, () -> login("nobody", DEMO)).getMessage());

        clock.advance(LoginThrottle.FIRST_DELAY.plusMillis(10));
        assertEquals("county", login("county", DEMO).username());
        assertEquals(0, failedLogins("county"), "a successful login starts again from zero");

        // the delay doubles: 1 s after the second failure, 2 s after the third
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(10));
            assertThrows(AuthenticationException.class, () -> login("county", "wrong"));
        }
        clock.advance(Duration.ofMillis(1500));
        assertThrows(AuthenticationException.class, () -> login("county", DEMO), "still inside 2 s");
        clock.advance(Duration.ofMillis(600));
        login("county", DEMO);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void fiveFailuresLockTheAccountUntilUnlockedOrTheLockEnds(String kind) throws Exception {
        Subject admin = open(kind);
        AuthenticationException last = null;
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            clock.advance(Duration.ofSeconds(30));
            last = assertThrows(AuthenticationException.class, () -> login("viewer", "wrong"));
        }
        assertNotEquals(SecurityMessages.wrong_login, last.getMessage(), "the locking attempt says so");
        assertTrue(account(admin, "viewer").locked());
        clock.advance(Duration.ofMinutes(14));
        AuthenticationException locked = assertThrows(AuthenticationException.class, () -> login("viewer", DEMO));
        assertEquals(last.getMessage(), locked.getMessage());
        assertThrows(AuthenticationException.class, () -> change("viewer", DEMO, GOOD), "no way around the lock");
        users.unlock(admin, "viewer");
        assertFalse(account(admin, "viewer").locked());
        assertEquals("viewer", login("viewer", DEMO).username());

        // without an administrator the lock ends after 15 minutes
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThrows(AuthenticationException.class, () -> login("viewer", "wrong"));
        }
        clock.advance(LoginThrottle.LOCK_DURATION.minusSeconds(1));
        assertThrows(AuthenticationException.class, () -> login("viewer", DEMO));
        clock.advance(Duration.ofSeconds(2));
        assertEquals("viewer", login("viewer", DEMO).username());
        // an administrator's reset lifts a lock too
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThrows(AuthenticationException.class, () -> login("viewer", "wrong"));
        }
        String oneTime = users.resetPassword(admin, "viewer");
        assertThrows(PasswordChangeRequiredException.class, () -> login("viewer", oneTime));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anOlderHashIsUpgradedAtTheNextLogin(String kind) throws Exception {
        Subject admin = open(kind);
        String old = new PasswordHasher(210_000).hash(DEMO.toCharArray());
        try (Connection c = TestDatabases.connect(config);
                PreparedStatement s = c.prepareStatement("update APP_USER set PASSWORD_HASH = ? where USERNAME = ?")) {
            s.setString(1, old);
            s.setString(2, "county");
            assertEquals(1, s.executeUpdate());
        }
        assertTrue(passwordHash("county").startsWith("pbkdf2-sha256$210000$"));
        login("county", DEMO);
        String upgraded = passwordHash("county");
        assertTrue(upgraded.startsWith("pbkdf2-sha256$600000$"), upgraded);
        assertEquals(600_000, PasswordHasher.DEFAULT_ITERATIONS);
        AuditEntry loginEntry = Services.get(AuditLog.class).latest(admin, 1).get(0);
        assertEquals(AuditLog.LOGIN, loginEntry.getAction());
        assertTrue(loginEntry.getDetail().contains("upgraded from 210000 to 600000"), loginEntry.getDetail());
        login("county", DEMO);
        assertEquals(upgraded, passwordHash("county"), "upgraded once");

        // a one-time password under an older hash: upgraded at the login that must change it first, and said so
        String oneTime = users.resetPassword(admin, "viewer");
        try (Connection c = TestDatabases.connect(config);
                PreparedStatement s = c.prepareStatement("update APP_USER set PASSWORD_HASH = ? where USERNAME = ?")) {
            s.setString(1, new PasswordHasher(210_000).hash(oneTime.toCharArray()));
            s.setString(2, "viewer");
            assertEquals(1, s.executeUpdate());
        }
        assertThrows(PasswordChangeRequiredException.class, () -> login("viewer", oneTime));
        assertTrue(passwordHash("viewer").startsWith("pbkdf2-sha256$600000$"));
        AuditEntry refused = Services.get(AuditLog.class).latest(admin, 1).get(0);
        assertEquals(AuditLog.LOGIN_FAILED, refused.getAction());
        assertTrue(refused.getDetail().contains("must be changed first") && refused.getDetail().contains(
                "upgraded from 210000 to 600000"), refused.getDetail());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyChangeIsAuditedWithoutAPassword(String kind) throws Exception {
        Subject admin = open(kind);
        AuditLog audit = Services.get(AuditLog.class);
        String oneTime = users.addUser(admin, "wang.li", null, Role.INVESTIGATOR, "danfeng-t05");
        change("wang.li", oneTime, GOOD);
        String reset = users.resetPassword(admin, "wang.li");
        users.setActive(admin, "wang.li", false);
        users.setActive(admin, "wang.li", true);
        users.changeRoleAndScope(admin, "wang.li", Role.TRAINER, "danfeng");
        clock.advance(Duration.ofSeconds(5));
        assertThrows(AuthenticationException.class, () -> login("wang.li", "Falsch-Passwort-9"));
        users.unlock(admin, "wang.li");

        List<AuditEntry> entries = audit.latest(admin, 40);
        List<String> details = entries.stream().filter(e -> "user:wang.li".equals(e.getTarget()))
                .map(e -> e.getActor() + ": " + e.getDetail()).toList().reversed();
        assertEquals(List.of(
                "admin: added with role INVESTIGATOR and scope danfeng-t05; one-time password issued",
                "wang.li: password changed by the user; one-time password: yes → no",
                "admin: password reset: one-time password issued",
                "admin: active: true → false",
                "admin: active: false → true",
                "admin: role: INVESTIGATOR → TRAINER; scope: danfeng-t05 → danfeng",
                "admin: unlocked; failed logins: 1 → 0"), details);
        for (AuditEntry e : entries) {
            String all = e.getActor() + "|" + e.getTarget() + "|" + e.getDetail();
            for (String secret : List.of(oneTime, reset, GOOD, "Falsch-Passwort-9", "pbkdf2", ADMIN_PW)) {
                assertFalse(all.contains(secret), "audit entry " + e.getSeq() + " holds a secret: " + all);
            }
        }
        assertTrue(audit.verify().intact());
    }

    private int failedLogins(String user) throws Exception {
        return Integer.parseInt(column("FAILED_LOGINS", user));
    }

    private String passwordHash(String user) throws Exception {
        return column("PASSWORD_HASH", user);
    }

    private String column(String column, String user) throws Exception {
        try (Connection c = TestDatabases.connect(config);
                PreparedStatement s = c.prepareStatement("select " + column + " from APP_USER where USERNAME = ?")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), user);
                return rs.getString(1);
            }
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
