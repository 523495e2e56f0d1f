package com.kaeru.api.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Japanese postal address, in the order it is written: 〒 postal code, prefecture, city, then
 * the town with its block number (番地) and the building. Used where a parcel is picked up or an
 * exchange is shipped; the portal pre-fills it from the order.
 */
public final class PostalAddressDto {
    @NotBlank
    @Size(max = 100)
    @Schema(example = "山田 花子")
    public String name;
    /** Seven digits, with or without the hyphen: {@code 100-0005}. */
    @NotBlank
    @Pattern(regexp = "\\d{3}-?\\d{4}")
    @Schema(example = "150-0001")
    public String postalCode;
    @NotBlank
    @Size(max = 10)
    @Schema(example = "東京都")
    public String prefecture;
    @NotBlank
    @Size(max = 100)
    @Schema(example = "渋谷区")
    public String city;
    /** Town and block number, e.g. 丸の内1-9-1. */
    @NotBlank
    @Size(max = 200)
    @Schema(example = "神宮前1-2-3")
    public String line1;
    /** Building and room, optional. */
    @Size(max = 200)
    @Schema(example = "ケヤキビル202")
    public String line2;
    @Size(max = 40)
    @Pattern(regexp = "[0-9+\\-() ]*")
    @Schema(example = "090-1111-2222")
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
