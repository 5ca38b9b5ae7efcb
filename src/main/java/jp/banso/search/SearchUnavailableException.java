package jp.banso.search;

import jp.banso.base.UserFacingException;

/** The index cannot answer now (being rebuilt after damage, or failing): said so, never the cause's text. */
public class SearchUnavailableException extends UserFacingException {

    public SearchUnavailableException(String messageKey, String englishMessage) {
        super(messageKey, englishMessage);
    }
}
