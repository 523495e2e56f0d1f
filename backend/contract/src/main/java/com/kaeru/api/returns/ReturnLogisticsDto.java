package com.kaeru.api.returns;

import com.kaeru.api.vocabulary.ReturnMethod;

import java.time.LocalDate;

import com.kaeru.api.portal.PostalAddressDto;

/**
 * How the parcel comes back and where an exchange goes.
 *
 * @param returnMethod {@code PREPAID_LABEL}, {@code PICKUP} or {@code DROP_OFF}
 * @param pickupDate   for pickups: the day the carrier comes
 * @param pickupSlot   for pickups: {@code MORNING}, {@code T14_16}, {@code T16_18}, {@code T18_20} or {@code T19_21}
 * @param dropOffPoint for drop-offs: {@code SEVEN_ELEVEN}, {@code FAMILYMART}, {@code LAWSON} or {@code CARRIER_OFFICE}
 * @param address      pickup address and exchange delivery address, or {@code null} when neither applies
 * @param carrier      the pickup's carrier ({@code YAMATO}, {@code SAGAWA}, {@code JAPAN_POST}) once its tracking
 *                     number is known, else {@code null}
 * @param trackingNumber the pickup's tracking number, or {@code null}
 * @param trackingUrl  the carrier's tracking page for it, or {@code null}
 */
public record ReturnLogisticsDto(ReturnMethod returnMethod, LocalDate pickupDate, String pickupSlot, String dropOffPoint,
                                 PostalAddressDto address, String carrier, String trackingNumber,
                                 String trackingUrl) {
}
