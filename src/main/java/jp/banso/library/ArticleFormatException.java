package jp.banso.library;

import java.util.List;

/**
 * A Markdown article file that cannot be read; {@link #details()} lists every problem found (field, line,
 * message key), {@link #problems()} the same as English text.
 */
public class ArticleFormatException extends RuntimeException {

    private final List<FormatProblem> details;

    public ArticleFormatException(List<FormatProblem> details) {
        super(String.join("; ", details.stream().map(FormatProblem::text).toList()));
        this.details = List.copyOf(details);
    }

    public static ArticleFormatException of(FormatProblem... problems) {
        return new ArticleFormatException(List.of(problems));
    }

    public List<FormatProblem> details() {
        return details;
    }

    public List<String> problems() {
        return details.stream().map(FormatProblem::text).toList();
    }
}
