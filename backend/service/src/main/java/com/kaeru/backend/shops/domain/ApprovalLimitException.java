package com.kaeru.backend.shops.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** A refused decision on an approval limit proposal. */
public class ApprovalLimitException extends KaeruException {
    private ApprovalLimitException(Refusal refusal, String messageKey, Object... arguments) {
        super(refusal, messageKey, arguments);
    }

    /** The proposer tried to approve their own change (403): four eyes. */
    public static ApprovalLimitException ownProposal() {
        return new ApprovalLimitException(Refusal.FORBIDDEN, "problem.settings.approval-limit-own");
    }

    /** No proposal with this id waits (decided or replaced meanwhile): 409. */
    public static ApprovalLimitException notPending(Object id) {
        return new ApprovalLimitException(Refusal.CONFLICT, "problem.settings.no-limit-proposal", id);
    }
}
