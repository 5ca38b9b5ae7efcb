package jp.banso.security;

/** Limits of personal access tokens and of login throttling, shared by schema (V030), services and UI. */
public final class TokenLimits {

    public static final int NAME_MAX = 100;
    public static final int TOKENS_PER_USER_MAX = 20;
    /** Tokens start with this so they are recognisable in logs and by secret scanners. */
    public static final String PREFIX = "bns_";

    public static final int LOGIN_FAILURES_BEFORE_LOCK = 5;
    public static final int LOGIN_LOCK_MINUTES = 15;
    /** Wrong passwords for one account from all addresses together within LOGIN_LOCK_MINUTES. */
    public static final int LOGIN_FAILURES_PER_ACCOUNT = 50;

    private TokenLimits() {
    }
}
