package com.kaeru.api.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One line the customer returns, why, and what they want instead. */
public final class ReturnLineSubmission {
    @NotNull
    public Long orderLineId;
    @NotNull
    @Positive
    public Integer quantity;
    @NotBlank
    @Size(max = 40)
    public String reasonCode;
    @Size(max = 1000)
    public String comment;
    @NotNull
    @Pattern(regexp = "REFUND|EXCHANGE")
    public String resolution;
    /** For refunds: ORIGINAL_PAYMENT, STORE_CREDIT or GIFT_CODE. */
    @Pattern(regexp = "ORIGINAL_PAYMENT|STORE_CREDIT|GIFT_CODE")
    public String refundMethod;
    /** For exchanges: the SKU to receive instead. */
    @Size(max = 100)
    public String exchangeSku;

    public ReturnLineSubmission() {
    }

    public static ReturnLineSubmission refund(long orderLineId, int quantity, String reason, String method) {
        ReturnLineSubmission line = new ReturnLineSubmission();
        line.orderLineId = orderLineId;
        line.quantity = quantity;
        line.reasonCode = reason;
        line.resolution = "REFUND";
        line.refundMethod = method;
        return line;
    }

    public static ReturnLineSubmission exchange(long orderLineId, int quantity, String reason, String sku) {
        ReturnLineSubmission line = new ReturnLineSubmission();
        line.orderLineId = orderLineId;
        line.quantity = quantity;
        line.reasonCode = reason;
        line.resolution = "EXCHANGE";
        line.exchangeSku = sku;
        return line;
    }
}
