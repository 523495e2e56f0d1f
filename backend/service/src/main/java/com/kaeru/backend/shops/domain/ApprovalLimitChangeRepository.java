package com.kaeru.backend.shops.domain;

import java.util.Optional;

/** Proposed approval limit changes of a shop; every method takes the shop id. */
public interface ApprovalLimitChangeRepository {
    /**
     * The waiting proposal, locked until commit; the shop's row is locked first, so two proposals
     * or decisions for one shop run one after the other.
     */
    Optional<ApprovalLimitChange> pendingForUpdate(long shopId);

    /** The waiting proposal, unlocked (for views). */
    Optional<ApprovalLimitChange> pending(long shopId);

    ApprovalLimitChange save(ApprovalLimitChange change);
}
