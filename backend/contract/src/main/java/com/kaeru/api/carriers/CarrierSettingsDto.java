package com.kaeru.api.carriers;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A shop's carrier contracts, printed into the shipping-instruction exports. Also the request body
 * of {@code PUT /shops/{slug}/carriers/settings}.
 */
public class CarrierSettingsDto {
    /** {@code YAMATO}, {@code SAGAWA} or {@code JAPAN_POST}: offered first in the console. */
    @Pattern(regexp = "YAMATO|SAGAWA|JAPAN_POST")
    public String defaultCarrier = "YAMATO";
    /** Yamato B2クラウド 請求先顧客コード (usually the contract phone number, digits only). */
    @Pattern(regexp = "[0-9]{0,12}")
    public String yamatoBillingCustomerCode;
    /** Yamato B2クラウド 運賃管理番号 (usually {@code 01}). */
    @Pattern(regexp = "[0-9]{0,3}")
    public String yamatoFreightNumber;
    /** Sagawa お客様コード of the shop's e飛伝 contract. */
    @Pattern(regexp = "[0-9]{0,12}")
    public String sagawaCustomerCode;
    /** Shown on the slip as the item (品名) when nothing more specific is known; ≤ 25 characters. */
    @Size(max = 25)
    public String itemName;

    public CarrierSettingsDto() {
    }

    public CarrierSettingsDto(String defaultCarrier, String yamatoBillingCustomerCode, String yamatoFreightNumber,
                              String sagawaCustomerCode, String itemName) {
        this.defaultCarrier = defaultCarrier;
        this.yamatoBillingCustomerCode = yamatoBillingCustomerCode;
        this.yamatoFreightNumber = yamatoFreightNumber;
        this.sagawaCustomerCode = sagawaCustomerCode;
        this.itemName = itemName;
    }
}
