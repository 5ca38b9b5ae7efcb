package jp.banso.formation;

import jp.banso.base.UserFacingException;

/** Bad input or a refused action; the UI translates {@link #messageKey()} with {@link #args()}. */
public class FormationException extends UserFacingException {

    public FormationException(String messageKey, Object... args) {
        super(messageKey, messageKey, args);
    }
}
