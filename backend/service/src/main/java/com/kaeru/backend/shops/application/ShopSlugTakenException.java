package com.kaeru.backend.shops.application;

import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.errors.KaeruException;

/** The shop address is in use (409). */
public class ShopSlugTakenException extends KaeruException {
    public ShopSlugTakenException(String slug) {
        super(409, ProblemTypes.CONFLICT, "problem.shop.slug-taken", slug);
    }
}
