package com.kaeru.backend.carriers.domain;

/**
 * A shop's carrier contracts as the slips need them.
 *
 * @param defaultCarrier            offered first: {@code YAMATO}, {@code SAGAWA} or {@code JAPAN_POST}
 * @param yamatoBillingCustomerCode B2クラウド 請求先顧客コード, or {@code null}
 * @param yamatoFreightNumber       B2クラウド 運賃管理番号, or {@code null}
 * @param sagawaCustomerCode        e飛伝 お客様コード, or {@code null}
 * @param itemName                  品名 for a return pickup, or {@code null} for the default
 */
public record CarrierSettings(String defaultCarrier, String yamatoBillingCustomerCode, String yamatoFreightNumber,
                              String sagawaCustomerCode, String itemName) {
    public static final CarrierSettings NONE = new CarrierSettings("YAMATO", null, null, null, null);

    public CarrierSettings {
        defaultCarrier = defaultCarrier == null || defaultCarrier.isBlank() ? "YAMATO" : defaultCarrier;
        yamatoBillingCustomerCode = blankToNull(yamatoBillingCustomerCode);
        yamatoFreightNumber = blankToNull(yamatoFreightNumber);
        sagawaCustomerCode = blankToNull(sagawaCustomerCode);
        itemName = blankToNull(itemName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
