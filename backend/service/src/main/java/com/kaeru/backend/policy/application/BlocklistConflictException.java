package com.kaeru.backend.policy.application;

import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.errors.KaeruException;

/** The e-mail address or phone number is already on the shop's blocklist (409). */
public class BlocklistConflictException extends KaeruException {
    public BlocklistConflictException(String contact) {
        super(409, ProblemTypes.CONFLICT, "problem.blocklist.duplicate", contact);
    }
}
