package com.kaeru.api.integration;

import java.util.Map;

/**
 * A shop's saved column mapping for order files: field → the header in the shop's files. It overrides the chosen
 * preset field by field. Fields: ORDER_NUMBER, ORDERED_AT, CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE,
 * POSTAL_CODE, PREFECTURE, CITY, ADDRESS_LINE1, SKU, QUANTITY, UNIT_PRICE, SHIPPING_FEE.
 *
 * @param columns field → header
 */
public record ImportMappingDto(Map<String, String> columns) {
}
