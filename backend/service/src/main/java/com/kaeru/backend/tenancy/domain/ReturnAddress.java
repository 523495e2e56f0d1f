package com.kaeru.backend.tenancy.domain;

import java.util.regex.Pattern;

/**
 * Where a shop's returned parcels go: the recipient of every prepaid return label. Written the
 * Japanese way (〒 postal code, prefecture, city and town, the rest of the line), which is what
 * Japanese carriers read whatever the customer's language.
 *
 * @param recipient   warehouse or department, e.g. {@code さくらアパレル 返品センター}
 * @param postalCode  {@code NNN-NNNN}; seven digits without the hyphen are accepted and normalised
 * @param prefecture  e.g. {@code 千葉県}
 * @param city        city, ward and town, e.g. {@code 市川市塩浜}
 * @param addressLine block number and building, e.g. {@code 2-3-1 市川物流センター4階}
 * @param phone       the warehouse's phone for the carrier, or {@code null}
 */
public record ReturnAddress(String recipient, String postalCode, String prefecture, String city, String addressLine,
                            String phone) {
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}-?\\d{4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9-]{8,18}");

    public ReturnAddress {
        recipient = required(recipient, 120, "recipient");
        prefecture = required(prefecture, 10, "prefecture");
        city = required(city, 100, "city");
        addressLine = required(addressLine, 200, "address line");
        postalCode = required(postalCode, 8, "postal code");
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new IllegalArgumentException("Postal code must look like 123-4567");
        }
        postalCode = postalCode.replace("-", "");
        postalCode = postalCode.substring(0, 3) + "-" + postalCode.substring(3);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("Phone must be digits and hyphens");
        }
    }

    private static String required(String value, int maxLength, String what) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new IllegalArgumentException("Return address " + what + " must have 1–" + maxLength + " characters");
        }
        return value.strip();
    }
}
