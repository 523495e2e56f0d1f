package com.kaeru.api.shops;

/**
 * Where the shop's returned parcels go: the recipient of its prepaid return labels, written the
 * Japanese way (〒 postal code, prefecture, city and town, rest of the line).
 *
 * @param recipient   warehouse or department name
 * @param postalCode  {@code NNN-NNNN}
 * @param prefecture  e.g. {@code 千葉県}
 * @param city        city, ward and town
 * @param addressLine block number and building
 * @param phone       the warehouse's phone, or {@code null}
 */
public record ReturnAddressDto(String recipient, String postalCode, String prefecture, String city,
                               String addressLine, String phone) {
}
