package jp.banso.workshop;

/** The result of joining: the secret token (shown once, kept in a cookie and the return link). */
public record Joined(String token, Participant participant, WorkshopSession session) {
}
