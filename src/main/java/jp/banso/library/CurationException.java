package jp.banso.library;

import java.util.List;

/**
 * A curation step refused with a reason people can act on: {@code messageKey} is translated by the UI
 * (arguments in {@code args}); {@code problems} lists validation problems of a text when there are any.
 */
public class CurationException extends RuntimeException {

    private final String messageKey;
    private final List<String> problems;
    private final transient Object[] args;

    public CurationException(String messageKey, String detail, Object... args) {
        this(messageKey, List.of(), detail, args);
    }

    public CurationException(String messageKey, List<String> problems, String detail, Object... args) {
        super(detail + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
        this.messageKey = messageKey;
        this.problems = List.copyOf(problems);
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> problems() {
        return problems;
    }

    public Object[] args() {
        return args.clone();
    }
}
