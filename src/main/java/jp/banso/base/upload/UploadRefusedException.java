package jp.banso.base.upload;

import jp.banso.base.UserFacingException;

/** A file refused before it was kept: its name, its size or its type. The message key says which. */
public class UploadRefusedException extends UserFacingException {

    public UploadRefusedException(String messageKey, String detail, Object... args) {
        super(messageKey, detail, args);
    }
}
