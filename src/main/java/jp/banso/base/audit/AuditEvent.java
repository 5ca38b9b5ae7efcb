package jp.banso.base.audit;

/**
 * Something worth an audit-log line happened: features publish this inside their transaction and the
 * audit feature stores it in the same transaction (so a rolled-back change leaves no line). It lives in
 * the shared kernel so that security and library can publish it without depending on the audit feature.
 *
 * @param actor      username of who did it ("system" for the app itself)
 * @param action     what, e.g. ARTICLE_PUBLISHED, USER_CREATED
 * @param targetType ARTICLE or USER
 * @param target     slug or username
 * @param detail     short free text (revision number, roles, ...)
 */
public record AuditEvent(String actor, String action, String targetType, String target, String detail) {
}
