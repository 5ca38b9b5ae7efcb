package jp.banso.library;

import java.util.List;

/** A Markdown article file that cannot be read; {@link #problems()} lists every problem found, with lines. */
public class ArticleFormatException extends RuntimeException {

    private final List<String> problems;

    public ArticleFormatException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
