package jp.banso.search;

import jp.banso.base.UserFacingException;

/** Input the search cannot take; {@link #messageKey()} names a translation in the search bundle. */
public class InvalidSearchException extends UserFacingException {

    public InvalidSearchException(String messageKey, String englishMessage, Object... args) {
        super(messageKey, englishMessage, args);
    }
}
