package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** No prepaid label now: the return's state, or the shop's missing return address, forbids it (409). */
public class LabelUnavailableException extends KaeruException {
    public LabelUnavailableException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
