package com.kaeru.backend.reasons.domain;

import java.util.List;

/** A shop's return reasons. Every method takes the shop id: no query is ever unscoped. */
public interface ReturnReasonRepository {
    /** Active reasons of the shop, parents before children, by position. */
    List<ReturnReason> findActive(long shopId);

    /** The active reasons of several shops (an agency's queue), in one query. */
    List<ReturnReason> findActive(java.util.Collection<Long> shopIds);

    /** Every reason of the shop, inactive ones included, parents before children, by position. */
    List<ReturnReason> findAll(long shopId);

    java.util.Optional<ReturnReason> find(long shopId, String code);

    boolean exists(long shopId, String code);

    ReturnReason save(ReturnReason reason);
}
