package com.kaeru.api.portal;

import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;

import java.util.List;

/**
 * What anyone may know about a shop: what its portal needs to brand itself.
 *
 * @param slug            URL name
 * @param name            display name
 * @param brandColor      {@code #RRGGBB}
 * @param logoUrl         logo URL or {@code null}
 * @param defaultLanguage language the portal opens in when the browser has no preference
 * @param languages       languages the portal offers
 * @param timeZone        the shop's time zone (pickup dates are days there)
 * @param currency        ISO currency of the shop's prices
 * @param returnMethods   return methods the shop offers, in its order of preference
 * @param refundMethods   refund methods customers may choose ({@code ORIGINAL_PAYMENT}, {@code STORE_CREDIT},
 *                        {@code GIFT_CODE}), in the shop's order of preference
 * @param pickupSlots     carrier pickup slots ({@code MORNING}, {@code T14_16}, ...)
 * @param pickupDays      how many days ahead a pickup can be booked (from tomorrow)
 * @param dropOffPoints   where parcels can be handed in
 * @param closed          the shop has closed: the portal shows a closed page and takes no new returns
 */
public record PortalShopDto(String slug, String name, String brandColor, String logoUrl,
                            String defaultLanguage, List<String> languages, String timeZone, String currency,
                            List<ReturnMethod> returnMethods, List<RefundMethod> refundMethods, List<String> pickupSlots, int pickupDays,
                            List<String> dropOffPoints, boolean closed) {
}
