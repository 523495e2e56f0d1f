package com.kaeru.backend.returns.application;

import com.kaeru.backend.platform.errors.KaeruException;

/** The portal call carries no valid order token (missing, expired, forged): look the order up again (401). */
public class InvalidOrderTokenException extends KaeruException {
    public InvalidOrderTokenException() {
        super(401, "https://kaeru.app/problems/order-token", "problem.portal.token-invalid");
    }
}
