package jp.banso.security;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.banso.base.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API: an adviser creates one in the UI, sees it once, and a script
 * sends it as {@code Authorization: Bearer bns_...}. Only a SHA-256 of the token is stored.
 */
@Service
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
    }

    /** Returns the token text: shown once, never stored. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public String create(String name) {
        String user = CurrentUser.username().orElseThrow();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > TokenLimits.NAME_MAX || n.chars().anyMatch(Character::isISOControl)) {
            throw new UserValidationException("token.error.name", "token name must be 1-" + TokenLimits.NAME_MAX + " characters");
        }
        if (tokens.countActive(user) >= TokenLimits.TOKENS_PER_USER_MAX) {
            throw new UserValidationException("token.error.tooMany", "at most " + TokenLimits.TOKENS_PER_USER_MAX + " tokens");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = TokenLimits.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.insert(user, n, sha256(token), clock.instant());
        events.publishEvent(new AuditEvent(user, "TOKEN_CREATED", "USER", user, n));
        return token;
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApiToken> myTokens() {
        return tokens.findByUser(CurrentUser.username().orElseThrow());
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void revoke(long id) {
        String user = CurrentUser.username().orElseThrow();
        if (tokens.revoke(id, user)) {
            events.publishEvent(new AuditEvent(user, "TOKEN_REVOKED", "USER", user, "token " + id));
        }
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For the token filter, before anyone is authenticated: not part of the public API. */
    @Transactional
    Optional<String> ownerOf(String token) {
        if (token == null || !token.startsWith(TokenLimits.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.ownerOf(sha256(token), clock.instant());
    }
}
