package com.kaeru.api.credit;

import java.time.Instant;

/**
 * One entry of a customer's store-credit ledger: a credit (a refund paid as store credit,
 * {@code amountMinor} > 0, {@code rmaNumber} set) or a redemption ({@code amountMinor} < 0, with the
 * order it paid for and who redeemed it).
 */
public record StoreCreditEntryDto(long id, StoreCreditEntryKind kind, long amountMinor, String currency,
                                  String description, String rmaNumber, String orderReference, String actor,
                                  Instant createdAt) {
}
