package com.kaeru.api.credit;

/** The redemption's ledger entry and the balance left after it. */
public record StoreCreditRedemptionDto(StoreCreditEntryDto entry, long balanceMinor) {
}
