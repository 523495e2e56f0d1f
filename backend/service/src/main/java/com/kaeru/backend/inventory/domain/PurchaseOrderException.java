package com.kaeru.backend.inventory.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** The purchase order's state does not allow the move (409): it is cancelled or fully received. */
public class PurchaseOrderException extends KaeruException {
    public PurchaseOrderException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
