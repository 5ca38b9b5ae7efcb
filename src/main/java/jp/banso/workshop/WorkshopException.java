package jp.banso.workshop;

import jp.banso.base.UserFacingException;

/** Bad input or a refused action; the UI translates {@link #messageKey()} with {@link #args()}. */
public class WorkshopException extends UserFacingException {

    public WorkshopException(String messageKey, Object... args) {
        super(messageKey, messageKey, args);
    }
}
