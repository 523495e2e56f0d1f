package com.kaeru.backend.tenancy.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** The shop is closed: its portal takes no order lookups or returns any more, and it cannot be closed twice (409). */
public class ShopClosedException extends KaeruException {
    public ShopClosedException(String messageKey, String shopName) {
        super(Refusal.CONFLICT, messageKey, shopName);
    }
}
