package jp.banso.security;

/** Request body caps ({@link RequestBodyLimitFilter}); uploads have their own, smaller limits in their features. */
public final class RequestLimits {

    /** A visitor's UIDL, heartbeat or API body: typing, a worksheet row, a join code; never a file. */
    public static final long ANONYMOUS_BODY_MAX_BYTES = 1024L * 1024;
    /**
     * A signed-in user's: the largest upload (a 20 MB import, CurationLimits) with its multipart framing;
     * the same figure as {@code spring.servlet.multipart.max-request-size}.
     */
    public static final long SIGNED_IN_BODY_MAX_BYTES = 21L * 1024 * 1024;

    private RequestLimits() {
    }
}
