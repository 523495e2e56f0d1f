package com.kaeru.api.address;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An address as typed into a Japanese form, checked on every change: every field may be empty while
 * the person is still typing. How the text is split over prefecture, city and address line does not
 * matter (the whole address in {@code addressLine} is fine too).
 * <p>
 * A class, not a record: constraint annotations on record components break Payara's OpenAPI
 * generator (payara/Payara#7649); the backend validates explicitly.
 */
@Schema(description = "An address as typed; every field may be empty while typing")
public final class AddressCheckRequest {
    /** 郵便番号: half- or full-width digits, any hyphen, optional 〒. */
    @Size(max = 16)
    @Schema(example = "150-0002")
    public String postalCode;

    /** 都道府県; the suffix 都/道/府/県 may be left out. */
    @Size(max = 10)
    @Schema(example = "東京都")
    public String prefecture;

    /** 市区町村, e.g. 渋谷区, 京都市中京区, 北群馬郡榛東村. */
    @Size(max = 40)
    @Schema(example = "渋谷区")
    public String city;

    /** Town and block number (町域・番地), Kyoto's street directions included. */
    @Size(max = 200)
    @Schema(example = "渋谷2-21-1")
    public String addressLine;

    /** Building and room (建物名・部屋番号). */
    @Size(max = 200)
    @Schema(example = "渋谷ヒカリエ 11階")
    public String building;

    public AddressCheckRequest() {
    }

    public AddressCheckRequest(String postalCode, String prefecture, String city, String addressLine, String building) {
        this.postalCode = postalCode;
        this.prefecture = prefecture;
        this.city = city;
        this.addressLine = addressLine;
        this.building = building;
    }
}
