package jp.banso.workshop.grouping;

import jp.banso.base.UserFacingException;
import jp.banso.base.i18n.BansoI18NProvider;

/**
 * An impossible grouping request. {@link #getMessage()} is the Japanese text to show as is; the UI may also
 * translate {@link #messageKey()} (bundle vaadin-i18n/grouping) for English.
 */
public final class GroupingException extends UserFacingException {

    GroupingException(String messageKey, Object... args) {
        super(messageKey, BansoI18NProvider.translate(BansoI18NProvider.JAPANESE, messageKey, args), args);
    }
}
