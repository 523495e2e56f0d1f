package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** Something that only makes sense while a return is open was asked of a closed one (409). */
public class ReturnClosedException extends KaeruException {
    public ReturnClosedException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
