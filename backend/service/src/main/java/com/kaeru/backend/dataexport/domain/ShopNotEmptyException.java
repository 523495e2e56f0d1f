package com.kaeru.backend.dataexport.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** An import into a shop that already holds orders, products or returns: imports go into empty shops only (409). */
public class ShopNotEmptyException extends KaeruException {
    public ShopNotEmptyException(String table) {
        super(Refusal.CONFLICT, "problem.data-import.not-empty", table);
    }
}
