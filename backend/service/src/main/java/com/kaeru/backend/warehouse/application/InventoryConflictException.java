package com.kaeru.backend.warehouse.application;

import com.kaeru.backend.platform.errors.KaeruException;

/** The stock's state does not allow it (409): a location code taken, a stocktake posted, a reserved unit. */
public class InventoryConflictException extends KaeruException {
    public InventoryConflictException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
