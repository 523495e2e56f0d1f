package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** A fulfilment move its state does not allow, or a second tracking number for a shipped line (409). */
public class FulfilmentConflictException extends KaeruException {
    public FulfilmentConflictException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
