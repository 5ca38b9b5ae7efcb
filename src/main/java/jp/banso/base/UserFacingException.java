package jp.banso.base;

/**
 * Bad input or a refused action, told to people in their language: the UI translates {@link #messageKey()}
 * with {@link #args()}; the exception's own message is a plain English detail for logs and API clients.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, String detail, Object... args) {
        super(detail);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
