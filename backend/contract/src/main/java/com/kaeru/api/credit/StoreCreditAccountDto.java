package com.kaeru.api.credit;

import java.util.List;

/**
 * A customer's store credit in one shop: the balance (never negative; 0 for a customer without credit)
 * and the newest ledger entries (at most {@link StoreCreditApi#MAX_ENTRIES}), which add up to it when
 * {@code entriesComplete}.
 */
public record StoreCreditAccountDto(String customerEmail, String currency, long balanceMinor,
                                    List<StoreCreditEntryDto> entries, boolean entriesComplete) {
}
