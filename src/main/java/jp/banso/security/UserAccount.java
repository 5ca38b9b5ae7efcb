package jp.banso.security;

import java.time.Instant;
import java.util.Set;

/** A user as the admin sees it: never the password hash. */
public record UserAccount(long id, String username, String displayName, boolean enabled, Set<String> roles,
                          Instant createdAt, int version) {
}
