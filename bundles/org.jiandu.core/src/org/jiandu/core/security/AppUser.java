package org.jiandu.core.security;

import java.time.Instant;

import org.jiandu.core.model.OrgNode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who logs in. The password is stored only as a salted PBKDF2 hash (see {@link PasswordHasher}). */
@Entity
@Table(name = "APP_USER")
@SequenceGenerator(name = "USER_SEQ", sequenceName = "USER_SEQ", allocationSize = 10)
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "USER_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "DISPLAY_NAME", length = 128)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @ManyToOne(optional = false)
    private OrgNode scope;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 256)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Holds a one-time password (new account, administrator's reset): must be changed before logging in. */
    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LAST_FAILED_AT")
    private Instant lastFailedAt;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "PASSWORD_CHANGED_AT")
    private Instant passwordChangedAt;

    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    /**
     * Refuses a user name the command line and the audit log could not carry unquoted: 2–64 letters, digits, '.',
     * '_' or '-'. The one rule for adding users, for setup's first administrator and for the setup dialog.
     *
     * @throws IllegalArgumentException with a message in the user's language
     */
    public static void checkName(String username) {
        if (username == null || !username.matches("[A-Za-z0-9_.\\-]{2,64}")) {
            throw new IllegalArgumentException(SecurityMessages.bad_name);
        }
        if (username.equalsIgnoreCase(org.jiandu.core.security.Subject.SYSTEM)) {
            // "system" acts for generated-data loads and is not audited as a person: nobody may log in as it
            throw new IllegalArgumentException(SecurityMessages.reserved_name);
        }
    }

    protected AppUser() {
    }

    public AppUser(String username, String displayName, Role role, OrgNode scope, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.scope = scope;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.passwordChangedAt = createdAt;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public OrgNode getScope() { return scope; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setRole(Role role) { this.role = role; }
    public void setScope(OrgNode scope) { this.scope = scope; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public void setPasswordChangedAt(Instant passwordChangedAt) { this.passwordChangedAt = passwordChangedAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public void setLastLoginAt(Instant lastLoginAt) { this.lastLoginAt = lastLoginAt; }

    /** The failed logins so far, for {@link LoginThrottle}. */
    public LoginThrottle.Attempts attempts() {
        return new LoginThrottle.Attempts(failedLogins, lastFailedAt, lockedUntil);
    }

    public void setAttempts(LoginThrottle.Attempts a) {
        this.failedLogins = a.failures();
        this.lastFailedAt = a.lastFailure();
        this.lockedUntil = a.lockedUntil();
    }
}
