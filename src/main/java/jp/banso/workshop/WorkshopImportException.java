package jp.banso.workshop;

import java.util.List;

/** The imported file had errors: nothing was imported. */
public class WorkshopImportException extends WorkshopException {

    private final transient List<ImportError> errors;

    public WorkshopImportException(List<ImportError> errors) {
        super("workshop.import.failed", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
