package com.kaeru.backend.returns.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Return requests of one shop; every method takes the shop id. */
public interface ReturnRequestRepository {
    Optional<ReturnRequest> findByRma(long shopId, String rmaNumber);

    /** Locks the request for the rest of the transaction (grading and refunds must not race). */
    Optional<ReturnRequest> findByRmaForUpdate(long shopId, String rmaNumber);

    /** As {@link #findByRmaForUpdate} by the request's id (the refund worker knows the id only). */
    Optional<ReturnRequest> findByIdForUpdate(long shopId, long returnId);

    List<ReturnRequest> findByOrder(long shopId, long orderId);

    /** Units already held by live requests, per order line of this order. */
    Map<Long, Integer> unitsRequested(long shopId, long orderId);

    /** Requests by this customer (e-mail) created since {@code since}. */
    int countByCustomerSince(long shopId, String email, Instant since);

    /** A page of requests matching the filter, newest first. */
    default List<ReturnRequest> search(long shopId, ReturnFilter filter, Instant now, int offset, int limit) {
        return search(List.of(shopId), filter, now, offset, limit);
    }

    /**
     * A page of requests matching the filter in any of these shops (one for a shop's queue, several
     * for an agency's), newest first; the caller has bound the transaction to exactly these shops.
     */
    List<ReturnRequest> search(java.util.Collection<Long> shopIds, ReturnFilter filter, Instant now, int offset,
                               int limit);

    /**
     * How many requests match, counting no further than {@code cap + 1}: an answer above {@code cap}
     * means "more than cap". Counting every match of a broad filter in a large shop costs more than
     * the page itself, and nobody pages through ten thousand returns.
     */
    long count(java.util.Collection<Long> shopIds, ReturnFilter filter, Instant now, long cap);

    /** The shop's next RMA number, from its sequence: no lock, same connection as the caller's transaction. */
    long nextRmaNumber(long shopId);

    void save(ReturnRequest request);
}
