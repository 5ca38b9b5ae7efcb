package jp.banso.workshop;

/**
 * The row changed (another tab or device) since the version the caller edited, or was deleted there
 * ({@code current} null). Nothing was written; the caller still holds its text.
 */
public class StaleRowException extends WorkshopException {

    private final transient SheetRow current;

    public StaleRowException(SheetRow current) {
        super(current == null ? "workshop.error.rowGone" : "workshop.error.stale");
        this.current = current;
    }

    public SheetRow current() {
        return current;
    }
}
