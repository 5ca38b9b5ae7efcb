package jp.banso.security;

import java.time.Instant;

/** A personal access token as its owner sees it: never the token itself after creation, never its hash. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, boolean revoked) {
}
