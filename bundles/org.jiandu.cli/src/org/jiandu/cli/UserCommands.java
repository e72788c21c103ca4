package org.jiandu.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiandu.cli.spi.Args;
import org.jiandu.cli.spi.CliContext;
import org.jiandu.cli.spi.CliFailure;
import org.jiandu.cli.spi.ExitCode;
import org.jiandu.cli.spi.UsageException;
import org.jiandu.core.security.AuthenticationException;
import org.jiandu.core.security.PasswordHasher;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.UserAccount;
import org.jiandu.core.security.UserService;

/**
 * {@code jiandu user …} (accounts, administrators only except {@code list}) and {@code jiandu password} (one's own
 * password, also while it is a one-time password, so it does not log in first).
 */
final class UserCommands {

    private UserCommands() {
    }

    static int run(CliContext cli, Args args) {
        String sub = args.command(1);
        if (sub == null) {
            throw new UsageException("user needs a subcommand: add, list, reset, disable, enable, set, unlock");
        }
        return switch (sub) {
            case "add" -> add(cli, args);
            case "list" -> list(cli, args);
            case "reset" -> cli.withDatabase(args, Set.of(), true, (subject, a) -> {
                String name = name(a, "reset");
                String oneTime = cli.service(UserService.class).resetPassword(subject, name);
                printOneTime(cli, a, name, oneTime, Map.of());
                return ExitCode.OK;
            });
            case "disable", "enable" -> cli.withDatabase(args, Set.of(), true, (subject, a) -> {
                String name = name(a, sub);
                boolean active = "enable".equals(sub);
                cli.service(UserService.class).setActive(subject, name, active);
                done(cli, a, name, sub + "d", Map.of("active", active));
                return ExitCode.OK;
            });
            case "set" -> cli.withDatabase(args, Set.of("role", "scope"), true, (subject, a) -> {
                String name = name(a, "set");
                String role = a.option("role");
                String scope = a.option("scope");
                if (role == null && scope == null) {
                    throw new UsageException("user set needs --role ROLE and/or --scope ORG");
                }
                cli.service(UserService.class).changeRoleAndScope(subject, name, role == null ? null : Role.parse(role),
                        scope);
                Map<String, Object> m = new LinkedHashMap<>();
                if (role != null) {
                    m.put("role", Role.parse(role).name());
                }
                if (scope != null) {
                    m.put("scope", scope);
                }
                done(cli, a, name, "changed (effective at the next login)", m);
                return ExitCode.OK;
            });
            case "unlock" -> cli.withDatabase(args, Set.of(), true, (subject, a) -> {
                String name = name(a, "unlock");
                cli.service(UserService.class).unlock(subject, name);
                done(cli, a, name, "unlocked", Map.of("locked", false));
                return ExitCode.OK;
            });
            default -> throw new UsageException("unknown user subcommand '" + sub + "'");
        };
    }

    private static int add(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("role", "scope", "display"), true, (subject, a) -> {
            String name = name(a, "add");
            String role = a.option("role");
            String scope = a.option("scope");
            if (role == null || scope == null) {
                throw new UsageException("user add needs --role ROLE and --scope ORG");
            }
            Role r = Role.parse(role);
            String oneTime = cli.service(UserService.class).addUser(subject, name, a.option("display"), r, scope);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", r.name());
            m.put("scope", scope);
            if (!a.flag("json")) {
                cli.out().println("added " + name + " (" + r.name().toLowerCase(Locale.ROOT) + ", scope "
                        + scope + ")");
            }
            printOneTime(cli, a, name, oneTime, m);
            return ExitCode.OK;
        });
    }

    private static int list(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of(), true, (subject, a) -> {
            List<UserAccount> users = cli.service(UserService.class).listUsers(subject);
            if (a.flag("json")) {
                cli.out().println(cli.json(users.stream().map(UserCommands::json).toList()));
            } else {
                cli.out().printf("%-16s %-20s %-14s %-8s %-7s %-11s %-20s %s%n", "NAME", "ROLE", "SCOPE", "ACTIVE",
                        "LOCKED", "MUST-CHANGE", "LAST LOGIN", "DISPLAY NAME");
                for (UserAccount u : users) {
                    cli.out().printf("%-16s %-20s %-14s %-8s %-7s %-11s %-20s %s%n", u.username(), u.role(),
                            u.scopeCode(), yesNo(u.active()), yesNo(u.locked()), yesNo(u.mustChangePassword()),
                            u.lastLogin() == null ? "-" : LOCAL.format(u.lastLogin()), u.displayName());
                }
            }
            return ExitCode.OK;
        });
    }

    /**
     * {@code jiandu password}: the user from {@code --user} or {@code JIANDU_USER}; the current password from
     * {@code JIANDU_PASSWORD} or a prompt; the new one from the first line of standard input
     * ({@code --password-stdin}) or asked twice.
     */
    static int password(CliContext cli, Args args) {
        return cli.withDatabase(args, Set.of("password-stdin"), false, (none, a) -> {
            String name = a.option("user") != null ? a.option("user") : cli.environment("JIANDU_USER");
            if (name == null || name.isBlank()) {
                throw new UsageException("password needs --user NAME (or JIANDU_USER)");
            }
            if (!a.flag("password-stdin") && !cli.terminal()) {
                throw new UsageException("no terminal to ask for the new password: use --password-stdin");
            }
            String env = cli.environment("JIANDU_PASSWORD");
            char[] old = env != null ? env.toCharArray() : cli.prompt("Current password for " + name);
            char[] fresh = null;
            try {
                fresh = a.flag("password-stdin") ? cli.readLine() : cli.promptTwice("New password for " + name);
                cli.service(UserService.class).changePassword(name, old, fresh);
            } catch (AuthenticationException e) {
                throw new CliFailure(ExitCode.LOGIN, e.getMessage());
            } finally {
                PasswordHasher.wipe(old);
                PasswordHasher.wipe(fresh);
            }
            if (a.flag("json")) {
                cli.out().println(cli.json(Map.of("name", name, "passwordChanged", true)));
            } else {
                cli.out().println("password of " + name + " changed");
            }
            return ExitCode.OK;
        });
    }

    private static String name(Args a, String sub) {
        String name = a.command(2);
        if (name == null) {
            throw new UsageException("user " + sub + " needs a NAME");
        }
        return name;
    }

    /** The one-time password, printed this once; the user must change it at the first login. */
    private static void printOneTime(CliContext cli, Args a, String name, String oneTime, Map<String, Object> extra) {
        if (a.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.putAll(extra);
            m.put("oneTimePassword", oneTime);
            cli.out().println(cli.json(m));
        } else {
            cli.out().println("one-time password for " + name + " (shown only now; to be changed at the first login):");
            cli.out().println("  " + oneTime);
        }
    }

    private static void done(CliContext cli, Args a, String name, String what, Map<String, Object> extra) {
        if (a.flag("json")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.putAll(extra);
            cli.out().println(cli.json(m));
        } else {
            cli.out().println(name + ": " + what);
        }
    }

    private static Map<String, Object> json(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.username());
        m.put("displayName", u.displayName());
        m.put("role", u.role().name());
        m.put("scope", u.scopeCode());
        m.put("active", u.active());
        m.put("locked", u.locked());
        m.put("mustChangePassword", u.mustChangePassword());
        m.put("lastLogin", u.lastLogin() == null ? null : u.lastLogin().toString());
        return m;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
}
