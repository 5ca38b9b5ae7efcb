package jp.banso.workshop;

/** What a participant enters at /join: a blank display name joins anonymously. */
public record JoinRequest(String displayName, Affiliation affiliation, String organisation) {
}
