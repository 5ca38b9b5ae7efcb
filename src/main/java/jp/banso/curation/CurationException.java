package jp.banso.curation;

import java.util.List;
import jp.banso.base.UserFacingException;

/**
 * A curation step refused with a reason people can act on: {@code messageKey} is translated by the UI
 * (arguments in {@code args}); {@code problems} lists validation problems of a text when there are any.
 */
public class CurationException extends UserFacingException {

    private final List<String> problems;

    public CurationException(String messageKey, String detail, Object... args) {
        this(messageKey, List.of(), detail, args);
    }

    public CurationException(String messageKey, List<String> problems, String detail, Object... args) {
        super(messageKey, detail + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)), args);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
