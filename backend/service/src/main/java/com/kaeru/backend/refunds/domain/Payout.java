package com.kaeru.backend.refunds.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one return pays back, per method: {@code payable} may go out at once (unless the order
 * passes the approval limit), {@code held} waits for a manager whatever the amount (grade C that
 * was not the shop's fault).
 */
public record Payout(Map<RefundMethod, Long> payable, Map<RefundMethod, Long> held) {
    /** Keeps the callers' order (the order the return's lines named the methods): refunds are asked for in it. */
    public Payout {
        payable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payable));
        held = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(held));
    }

    public long total() {
        return payable.values().stream().mapToLong(Long::longValue).sum()
                + held.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The refunds this payout asks for, one per method and kind, zero amounts left out. Their
     * idempotency keys are {@code RMA:METHOD} and {@code RMA:METHOD:review} (held): a retry asks for
     * the same keys and so never pays twice. Over the limit, the payable ones wait too
     * ({@link HoldReason#LIMIT}); held ones always wait ({@link HoldReason#GRADE_C}).
     */
    public List<Refund> refunds(long shopId, RefundedReturn of, String currency, boolean overLimit,
                                String requestedBy) {
        return refunds(shopId, of, currency, overLimit, requestedBy, "");
    }

    /**
     * The same for a payment after the return's own ({@code RMA:METHOD<suffix>}), e.g. a line whose
     * exchange was cancelled for a refund once the return was settled ({@code :line:12:cancelled-exchange}).
     */
    public List<Refund> refunds(long shopId, RefundedReturn of, String currency, boolean overLimit,
                                String requestedBy, String keySuffix) {
        List<Refund> result = new ArrayList<>();
        for (Map.Entry<RefundMethod, Long> e : payable.entrySet()) {
            RefundMethod method = e.getKey();
            long amount = e.getValue();
            if (amount > 0) {
                result.add(Refund.request(shopId, of.returnId(), of.rmaNumber() + ":" + method.name() + keySuffix, method, amount,
                        currency, overLimit ? HoldReason.LIMIT : null, requestedBy));
            }
        }
        for (Map.Entry<RefundMethod, Long> e : held.entrySet()) {
            RefundMethod method = e.getKey();
            long amount = e.getValue();
            if (amount > 0) {
                result.add(Refund.request(shopId, of.returnId(), of.rmaNumber() + ":" + method.name() + keySuffix + ":review",
                        method, amount, currency, HoldReason.GRADE_C, requestedBy));
            }
        }
        return result;
    }
}
