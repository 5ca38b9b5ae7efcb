package jp.banso.security;

import jp.banso.base.UserFacingException;

/** Bad input for an account; the message key is translated by the UI. */
public class UserValidationException extends UserFacingException {

    public UserValidationException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
