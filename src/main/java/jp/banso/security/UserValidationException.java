package jp.banso.security;

/** Bad input for an account; the message key is translated by the UI. */
public class UserValidationException extends RuntimeException {

    private final String messageKey;

    public UserValidationException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
