package jp.banso.curation;

import java.util.List;
import jp.banso.base.UserFacingException;
import jp.banso.library.FormatProblem;

/**
 * A curation step refused with a reason people can act on: {@code messageKey} is translated by the UI
 * (arguments in {@code args}); {@link #details()} lists validation problems of a text when there are any
 * (each with its field and message key), {@link #problems()} the same in English for the REST API.
 */
public class CurationException extends UserFacingException {

    private final List<FormatProblem> details;

    public CurationException(String messageKey, String detail, Object... args) {
        this(messageKey, List.of(), detail, args);
    }

    public CurationException(String messageKey, List<FormatProblem> details, String detail, Object... args) {
        super(messageKey, detail + (details.isEmpty() ? "" : ": "
                + String.join("; ", details.stream().map(FormatProblem::text).toList())), args);
        this.details = List.copyOf(details);
    }

    public List<FormatProblem> details() {
        return details;
    }

    public List<String> problems() {
        return details.stream().map(FormatProblem::text).toList();
    }
}
