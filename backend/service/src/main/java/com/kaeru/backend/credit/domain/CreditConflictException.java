package com.kaeru.backend.credit.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** The balance or the code's state does not allow it (409): not enough credit, a code already spent, a key reused. */
public class CreditConflictException extends KaeruException {
    public CreditConflictException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
