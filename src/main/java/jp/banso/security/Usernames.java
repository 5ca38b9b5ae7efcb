package jp.banso.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of a username. Every way in (creating an account, logging in, the login throttle, API
 * tokens) goes through {@link #canonical}, and the column compares bytes (V040), so {@code ＦＡＣ２},
 * {@code FAC2 } and {@code fac2} are one account with one failure count, while {@code fäc2} is another name
 * altogether rather than a collation's near-match.
 */
public final class Usernames {

    private Usernames() {
    }

    /** NFKC (full-width to ASCII), lower case (the ROOT locale, no Turkish dotless i), trimmed. */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        // NFKC again: lower-casing can undo normalisation for a few characters
        return Normalizer.normalize(nfkc.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC).strip();
    }
}
