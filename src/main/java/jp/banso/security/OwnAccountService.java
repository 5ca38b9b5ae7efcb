package jp.banso.security;

import jp.banso.base.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every logged-in user may do with their own account: change the password, and be told they must. */
@Service
public class OwnAccountService {

    private final OwnAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    OwnAccountService(OwnAccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** True when the password was set by someone else (first admin, a reset) and has not been replaced yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentUser.username().map(accounts::mustChangePassword).orElse(false);
    }

    /**
     * Replaces the caller's own password after checking the current one. The new one follows the same rules as
     * an admin's (UserLimits), must differ from the current one and be typed twice alike.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        String username = CurrentUser.username().orElseThrow();
        String hash = accounts.passwordHash(username)
                .orElseThrow(() -> new UserValidationException("account.error.current", "no enabled account " + username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new UserValidationException("account.error.current", "current password does not match");
        }
        UserService.validatePassword(newPassword);
        if (!newPassword.equals(repeated)) {
            throw new UserValidationException("account.error.repeat", "the two new passwords differ");
        }
        if (newPassword.equals(currentPassword)) {
            throw new UserValidationException("account.error.same", "the new password equals the current one");
        }
        if (!accounts.replacePassword(username, hash, passwordEncoder.encode(newPassword))) {
            throw new UserValidationException("account.error.conflict", "the password was changed meanwhile");
        }
        events.publishEvent(new AuditEvent(username, "USER_PASSWORD_CHANGED", "USER", username, ""));
        MustChangePasswordGuard.markCleared();
    }
}
