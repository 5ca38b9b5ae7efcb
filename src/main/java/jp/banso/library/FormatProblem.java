package jp.banso.library;

import java.util.List;

/**
 * One problem of an article text: the front-matter field it belongs to (or {@code sections} for the body),
 * the line of the file (0 when none), a message key with its arguments for the screens, and the text in
 * English for logs and the REST API. A problem without a key has only its text (already worded for people).
 */
public record FormatProblem(String field, int line, String key, List<Object> args, String text) {

    public FormatProblem {
        args = List.copyOf(args);
    }

    public static FormatProblem of(String field, int line, String key, String text, Object... args) {
        return new FormatProblem(field, line, key, List.of(args), text);
    }

    /** A problem worded elsewhere (e.g. a kind's structure rules), shown as it is. */
    public static FormatProblem text(String field, String text) {
        return new FormatProblem(field, 0, null, List.of(), text);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
