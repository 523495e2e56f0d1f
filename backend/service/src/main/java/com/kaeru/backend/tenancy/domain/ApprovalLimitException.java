package com.kaeru.backend.tenancy.domain;

import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.errors.KaeruException;

/** A refused decision on an approval limit proposal. */
public class ApprovalLimitException extends KaeruException {
    private ApprovalLimitException(int status, String type, String messageKey, Object... arguments) {
        super(status, type, messageKey, arguments);
    }

    /** The proposer tried to approve their own change (403): four eyes. */
    public static ApprovalLimitException ownProposal() {
        return new ApprovalLimitException(403, ProblemTypes.FORBIDDEN, "problem.settings.approval-limit-own");
    }

    /** No proposal with this id waits (decided or replaced meanwhile): 409. */
    public static ApprovalLimitException notPending(Object id) {
        return new ApprovalLimitException(409, ProblemTypes.CONFLICT, "problem.settings.no-limit-proposal", id);
    }
}
