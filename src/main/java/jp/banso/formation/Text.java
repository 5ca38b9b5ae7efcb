package jp.banso.formation;

/** Validation of typed text at the service boundary. */
final class Text {

    private Text() {
    }

    /** Drops control characters except line breaks and tabs; null becomes empty. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "");
    }

    static String limit(String s, int max, String messageKey) {
        if (s.codePointCount(0, s.length()) > max) {
            throw new FormationException(messageKey, max);
        }
        return s;
    }

    /** Empty, a link inside the app ("/library/..."), or an http(s) address: nothing a browser would run. */
    static String url(String s) {
        String u = clean(s).strip();
        if (u.isEmpty()) {
            return u;
        }
        limit(u, FormationLimits.EVIDENCE_URL_MAX, "formation.error.urlTooLong");
        if (!(u.matches("(?i)https?://[^\\s]+") || u.matches("/[^/\\s][^\\s]*"))) {
            throw new FormationException("formation.error.url");
        }
        return u;
    }
}
