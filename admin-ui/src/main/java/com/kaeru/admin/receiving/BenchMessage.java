package com.kaeru.admin.receiving;

import java.util.List;

import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;

/**
 * What the bench's result banner says: a translation key with its arguments and a style, kept as a
 * key so a language switch renders it again.
 */
record BenchMessage(String key, String style, Object... args) {

    /** What happened to the money and the goods, in the words the bench needs. */
    static BenchMessage outcome(ReturnDto after, ShopFormats formats) {
        List<RefundDto> pending = after.refunds().stream().filter(r -> r.status() == RefundStatus.PENDING_APPROVAL).toList();
        if (!pending.isEmpty()) {
            long amount = pending.stream().mapToLong(RefundDto::amountMinor).sum();
            return new BenchMessage("admin.receiving.outcome.pending", "result-pending", after.rmaNumber(),
                    formats.money(amount, after.currency()));
        }
        boolean exchange = after.lines().stream().anyMatch(l -> l.resolution() == Resolution.EXCHANGE);
        // The fulfilment is the truth (a backorder allocated later is reserved; the line's flag is the approval's answer).
        boolean backorder = after.lines().stream().anyMatch(l -> l.resolution() == Resolution.EXCHANGE
                && (l.fulfilment() == null ? !l.reserved()
                        : l.fulfilment().state() == com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED));
        long issued = after.refunds().stream().filter(r -> r.status() == RefundStatus.ISSUED)
                .mapToLong(RefundDto::amountMinor).sum();
        if (backorder) {
            return new BenchMessage("admin.receiving.outcome.backorder", "result-pending", after.rmaNumber());
        }
        String money = formats.money(issued, after.currency());
        if (exchange && issued > 0) {
            return new BenchMessage("admin.receiving.outcome.both", "result-done", after.rmaNumber(), money);
        }
        if (exchange) {
            return new BenchMessage("admin.receiving.outcome.exchange", "result-done", after.rmaNumber());
        }
        return new BenchMessage("admin.receiving.outcome.refunded", "result-done", after.rmaNumber(), money);
    }
}
