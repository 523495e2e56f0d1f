package com.kaeru.api.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Japanese postal address, in the order it is written: 〒 postal code, prefecture, city, then
 * the town with its block number (番地) and the building. Used where a parcel is picked up or an
 * exchange is shipped; the portal pre-fills it from the order.
 */
public final class PostalAddressDto {
    @NotBlank
    @Size(max = 100)
    public String name;
    /** Seven digits, with or without the hyphen: {@code 100-0005}. */
    @NotBlank
    @Pattern(regexp = "\\d{3}-?\\d{4}")
    public String postalCode;
    @NotBlank
    @Size(max = 10)
    public String prefecture;
    @NotBlank
    @Size(max = 100)
    public String city;
    /** Town and block number, e.g. 丸の内1-9-1. */
    @NotBlank
    @Size(max = 200)
    public String line1;
    /** Building and room, optional. */
    @Size(max = 200)
    public String line2;
    @Size(max = 40)
    @Pattern(regexp = "[0-9+\\-() ]*")
    public String phone;

    public PostalAddressDto() {
    }

    public PostalAddressDto(String name, String postalCode, String prefecture, String city, String line1,
                            String line2, String phone) {
        this.name = name;
        this.postalCode = postalCode;
        this.prefecture = prefecture;
        this.city = city;
        this.line1 = line1;
        this.line2 = line2;
        this.phone = phone;
    }
}
