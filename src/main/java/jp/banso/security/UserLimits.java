package jp.banso.security;

/** Limits shared by the schema (V001), validation and the UI. */
public final class UserLimits {

    public static final int USERNAME_MAX = 64;
    public static final String USERNAME_PATTERN = "[a-z0-9._@-]{3,64}"; // after Usernames.canonical: lower case
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PASSWORD_MIN = 12;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently truncated. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private UserLimits() {
    }
}
