package com.kaeru.api.portal;

import java.util.List;

import com.kaeru.api.credit.GiftCodeDto;

/**
 * What the customer of the opened order can spend in the shop: the store-credit balance and the
 * gift codes their refunds were paid in (masked; the whole code was sent by e-mail), newest first.
 */
public record PortalCreditDto(String currency, long balanceMinor, List<GiftCodeDto> giftCodes) {
}
