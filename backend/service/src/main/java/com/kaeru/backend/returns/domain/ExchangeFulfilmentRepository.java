package com.kaeru.backend.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Exchange fulfilments of one shop; every method takes the shop id and runs in the caller's transaction. */
public interface ExchangeFulfilmentRepository {
    /** The fulfilments of a return's exchange lines, by line id. */
    List<ExchangeFulfilment> byReturn(long shopId, long returnId);

    /** The fulfilments of these returns (views of a page of returns). */
    List<ExchangeFulfilment> byReturns(long shopId, Collection<Long> returnIds);

    /** One line's fulfilment, locked for the rest of the transaction. */
    Optional<ExchangeFulfilment> lockByLine(long shopId, long returnLineId);

    /** A return's fulfilments, locked (in line order, so two callers lock them in the same order). */
    List<ExchangeFulfilment> lockByReturn(long shopId, long returnId);

    /**
     * The backorders waiting for a variant, first come first served (backordered time, then id),
     * locked; at most {@code limit}.
     */
    List<ExchangeFulfilment> lockWaiting(long shopId, long variantId, int limit);

    /** Waiting (backordered or held) fulfilments of a variant, locked: those a reschedule concerns. */
    List<ExchangeFulfilment> lockWaitingOrHeld(long shopId, long variantId);

    /** A page of the shop's fulfilments matching the filter, oldest first within a state's queue. */
    List<ExchangeFulfilment> search(long shopId, Filter filter, LocalDate today, Instant now, int offset, int limit);

    long count(long shopId, Filter filter, LocalDate today, Instant now);

    void save(ExchangeFulfilment fulfilment);

    /**
     * What the warehouse lists: states (empty = all), only late ones, one variant, one RMA.
     *
     * @param late backorders past their promised date, shipment requests older than 24 h
     */
    record Filter(Collection<FulfilmentState> states, boolean late, Long variantId, String rma) {
        public Filter {
            states = states == null ? List.of() : List.copyOf(states);
        }
    }
}
