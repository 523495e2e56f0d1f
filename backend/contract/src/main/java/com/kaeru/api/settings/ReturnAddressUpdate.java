package com.kaeru.api.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The shop's new return address (the recipient of its prepaid labels), in Japanese order. A class,
 * not a record: constraint annotations on record components break Payara's OpenAPI generator.
 */
public final class ReturnAddressUpdate {
    /** 〒 {@code 123-4567}; seven digits without the hyphen are accepted. */
    @NotBlank
    @Pattern(regexp = "\\s*\\d{3}-?\\d{4}\\s*")
    public String postalCode;
    /** 都道府県, e.g. {@code 千葉県}. */
    @NotBlank
    @Size(max = 10)
    public String prefecture;
    /** City, ward and town, e.g. {@code 市川市塩浜}. */
    @NotBlank
    @Size(max = 100)
    public String city;
    /** Block number and building. */
    @NotBlank
    @Size(max = 200)
    public String addressLine;
    /** Warehouse or department, e.g. {@code さくらアパレル 返品センター}. */
    @NotBlank
    @Size(max = 120)
    public String recipient;
    /** The warehouse's phone for the carrier; optional. */
    @Pattern(regexp = "\\s*([0-9+][0-9-]{8,18})?\\s*")
    public String phone;

    public ReturnAddressUpdate() {
    }

    public ReturnAddressUpdate(String postalCode, String prefecture, String city, String addressLine, String recipient,
                               String phone) {
        this.postalCode = postalCode;
        this.prefecture = prefecture;
        this.city = city;
        this.addressLine = addressLine;
        this.recipient = recipient;
        this.phone = phone;
    }
}
