package com.kaeru.api.settings;

import jakarta.validation.constraints.PositiveOrZero;

/** A new refund approval limit to propose; it applies once another manager approves it. */
public final class ApprovalLimitProposal {
    @PositiveOrZero
    public long limitMinor;

    public ApprovalLimitProposal() {
    }

    public ApprovalLimitProposal(long limitMinor) {
        this.limitMinor = limitMinor;
    }
}
