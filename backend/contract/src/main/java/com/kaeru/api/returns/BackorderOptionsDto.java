package com.kaeru.api.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kaeru.api.vocabulary.FulfilmentState;
import com.kaeru.api.vocabulary.RefundMethod;

/**
 * What can be chosen for one exchange line that waits for stock, and what was chosen. Choices are
 * offered only while the line is backordered ({@code choosable}); afterwards the same answer tells
 * what the choice did (e.g. the coupon a cancellation gave).
 *
 * @param rma              the return
 * @param lineId           the exchange line
 * @param state            the replacement's state now
 * @param choosable        the line waits for stock, so a choice may be made now
 * @param sku              the variant it waits for
 * @param quantity         units it waits for
 * @param promisedDate     the supply date promised (null if unknown)
 * @param dateConfirmed    the supplier confirmed that date
 * @param switchOptions    other sizes or colours of the same product, at the same price, in stock for every unit
 * @param availableNow     units of the awaited variant free now (SPLIT is offered when 0 < availableNow < quantity)
 * @param refundMinor      what cancelling the exchange refunds: what was paid for the units, less what the exchange
 *                         already paid back (its bonus, a price difference)
 * @param currency         of the amounts
 * @param refundMethod     how that refund is paid
 * @param refundAtOnce     the returned units were inspected already: the refund goes out at once (else at inspection)
 * @param couponOffer      the coupon a cancellation adds (null when the shop offers none)
 * @param choice           what was chosen (null: nothing yet)
 * @param chosenAt         when
 * @param chosenBy         who ({@code customer} or the staff member)
 * @param coupon           the coupon the cancellation issued (null otherwise)
 */
public record BackorderOptionsDto(String rma, long lineId, FulfilmentState state, boolean choosable, String sku,
                                  int quantity, LocalDate promisedDate, boolean dateConfirmed,
                                  List<SwitchOption> switchOptions, int availableNow, long refundMinor,
                                  String currency, RefundMethod refundMethod, boolean refundAtOnce,
                                  CouponOffer couponOffer, BackorderChoice choice, Instant chosenAt, String chosenBy,
                                  IssuedCoupon coupon) {

    /** A variant to switch to. */
    public record SwitchOption(String sku, String size, String color, int available) {
    }

    /** The coupon a shop adds to a cancelled backorder: an amount or a percentage, valid for some days. */
    public record CouponOffer(Long amountMinor, Integer percent, int validDays) {
    }

    /** The coupon given, as the customer needs it: the code to type, its value and expiry. */
    public record IssuedCoupon(String code, Long amountMinor, Integer percent, Instant expiresAt) {
    }
}
