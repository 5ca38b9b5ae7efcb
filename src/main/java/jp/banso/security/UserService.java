package jp.banso.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import jakarta.annotation.security.RolesAllowed;
import jp.banso.base.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's user management. Every method is for ADMIN only. */
@Service
public class UserService {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final OwnAccountRepository ownAccounts;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                OwnAccountRepository ownAccounts) {
        this.ownAccounts = ownAccounts;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    private void audit(String action, String username, String detail) {
        events.publishEvent(new AuditEvent(CurrentUser.username().orElse("system"), action, "USER", username, detail));
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserAccount> listUsers() {
        return users.findAll();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public UserAccount createUser(NewUser user) {
        String username = Usernames.canonical(user.username());
        if (!username.matches(UserLimits.USERNAME_PATTERN)) {
            throw new UserValidationException("user.error.username", "username must match " + UserLimits.USERNAME_PATTERN);
        }
        String displayName = validDisplayName(user.displayName());
        validatePassword(user.password());
        Set<String> roles = validRoles(user.roles());
        if (users.existsByUsername(username)) {
            throw new UserValidationException("user.error.duplicate", "username already taken: " + username);
        }
        long id = users.insert(username, displayName, passwordEncoder.encode(user.password()), roles);
        audit("USER_CREATED", username, "roles=" + new java.util.TreeSet<>(roles));
        return users.findById(id).orElseThrow();
    }

    /**
     * Changes name, roles and whether the account may log in. {@code actingUsername} may not take away
     * their own admin role or disable themselves, so the app always keeps one admin who can log in.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public UserAccount updateUser(long id, int version, String displayName, boolean enabled, Set<String> roles,
                                  String actingUsername) {
        UserAccount current = users.findById(id)
                .orElseThrow(() -> new UserValidationException("user.error.missing", "no user " + id));
        Set<String> validRoles = validRoles(roles);
        if (current.username().equals(actingUsername) && (!enabled || !validRoles.contains(AppRoles.ADMIN))) {
            throw new UserValidationException("user.error.self", "an admin cannot lock themselves out");
        }
        if (!users.update(id, version, validDisplayName(displayName), enabled)) {
            throw new UserValidationException("user.error.conflict", "user " + id + " was changed meanwhile");
        }
        users.replaceRoles(id, validRoles);
        if ((current.enabled() && !enabled) || !validRoles.containsAll(current.roles())) {
            // open sessions carry the old roles: they end, and the next login gets what the account has now
            events.publishEvent(new AccountSessions.AccountRevoked(current.username(),
                    enabled ? "role removed" : "account disabled"));
        }
        audit("USER_UPDATED", current.username(), "enabled=" + enabled + " roles=" + new java.util.TreeSet<>(validRoles)
                + (current.roles().equals(validRoles) ? "" : " (was " + new java.util.TreeSet<>(current.roles()) + ")"));
        return users.findById(id).orElseThrow();
    }

    /** Sets a new random password and returns it once, for the admin to hand over. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public String resetPassword(long id) {
        String password = randomPassword();
        if (!users.updatePassword(id, passwordEncoder.encode(password))) {
            throw new UserValidationException("user.error.missing", "no user " + id);
        }
        String username = users.findById(id).map(UserAccount::username).orElse(String.valueOf(id));
        ownAccounts.setMustChangePassword(username, true);
        events.publishEvent(new AccountSessions.AccountRevoked(username, "password reset"));
        audit("USER_PASSWORD_RESET", username, "");
        return password;
    }

    /** Called at start-up only, before anyone is logged in; not part of the admin's API. */
    @Transactional
    String createFirstAdminIfNoUsers() {
        if (users.count() > 0) {
            return null;
        }
        String password = randomPassword();
        users.insert("admin", "管理者", passwordEncoder.encode(password), Set.of(AppRoles.ADMIN));
        ownAccounts.setMustChangePassword("admin", true);
        audit("USER_CREATED", "admin", "first administrator at start-up");
        return password;
    }

    static String randomPassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String validDisplayName(String displayName) {
        String name = displayName == null ? "" : jp.banso.base.TextHygiene.strip(displayName).strip();
        if (name.isEmpty() || name.length() > UserLimits.DISPLAY_NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw new UserValidationException("user.error.displayName", "display name must be 1-"
                    + UserLimits.DISPLAY_NAME_MAX + " characters");
        }
        return name;
    }

    static void validatePassword(String password) {
        if (password == null || password.length() < UserLimits.PASSWORD_MIN
                || password.getBytes(StandardCharsets.UTF_8).length > UserLimits.PASSWORD_MAX_BYTES) {
            throw new UserValidationException("user.error.password", "password must be at least "
                    + UserLimits.PASSWORD_MIN + " characters and at most " + UserLimits.PASSWORD_MAX_BYTES + " bytes");
        }
    }

    private static Set<String> validRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty() || !AppRoles.ALL.containsAll(roles)) {
            throw new UserValidationException("user.error.roles", "choose at least one of " + AppRoles.ALL);
        }
        return Set.copyOf(roles);
    }
}
