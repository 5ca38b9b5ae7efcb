package jp.banso.workshop;

/** A participant as others see them; never their token. An empty display name means anonymous. */
public record Participant(long id, long sessionId, String displayName, Affiliation affiliation, String organisation) {
}
