package jp.banso.base;

import java.util.regex.Pattern;

/**
 * Invisible characters that change how a name reads are removed from names, titles and file names: bidi
 * embeddings, overrides and isolates (an attachment {@code rtl\u202Egpj.pdf} would show as
 * {@code rtlfdp.jpg}), left/right marks, and zero-width characters that make two names look alike.
 * Removed rather than refused: Japanese text never needs them, and nothing a person meant to type is lost.
 */
public final class TextHygiene {

    /** U+202A-202E, U+2066-2069, U+200E/200F, U+200B-200D, U+2060, U+FEFF. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u200B-\\u200D\\u2060\\uFEFF]");

    private TextHygiene() {
    }

    /** The text without bidi controls and zero-width characters; null stays null. */
    public static String strip(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }

    public static boolean hasInvisible(String text) {
        return text != null && INVISIBLE.matcher(text).find();
    }
}
