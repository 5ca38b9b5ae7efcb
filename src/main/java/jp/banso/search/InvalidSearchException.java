package jp.banso.search;

/** Input the search cannot take; {@link #messageKey()} names a translation in the search bundle. */
public class InvalidSearchException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidSearchException(String messageKey, String englishMessage, Object... args) {
        super(englishMessage);
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
