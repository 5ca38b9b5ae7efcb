package jp.banso.workshop;

/** Bad input or a refused action; the UI translates {@link #messageKey()} with {@link #args()}. */
public class WorkshopException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public WorkshopException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
