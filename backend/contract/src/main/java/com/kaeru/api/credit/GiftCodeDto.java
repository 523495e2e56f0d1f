package com.kaeru.api.credit;

import java.time.Instant;

/**
 * A gift code as staff and shop systems see it: masked ({@code ****-****-****-WXYZ}; only the
 * customer's e-mail ever held the whole code), its value, and once redeemed the order, when and by whom.
 */
public record GiftCodeDto(String code, long amountMinor, String currency, GiftCodeStatus status, String rmaNumber,
                          Instant issuedAt, String orderReference, Instant redeemedAt, String redeemedBy) {
}
