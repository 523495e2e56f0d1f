package com.kaeru.api.portal;

import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.Resolution;

import com.kaeru.api.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line the customer returns, why, and what they want instead. */
public final class ReturnLineSubmission {
    @NotNull
    @Schema(example = "1201")
    public Long orderLineId;
    @NotNull
    @Positive
    @Schema(example = "1")
    @Max(Bounds.MAX_UNITS)
    public Integer quantity;
    @NotBlank
    @Size(max = 40)
    @Schema(example = "SIZE_TOO_SMALL")
    public String reasonCode;
    @Size(max = 1000)
    @Schema(example = "肩まわりがきつかったです")
    public String comment;
    @NotNull
    @Schema(example = "EXCHANGE")
    public Resolution resolution;
    /** For refunds: how the money goes back. */
    @Schema(example = "STORE_CREDIT")
    public RefundMethod refundMethod;
    /** For exchanges: the SKU to receive instead. */
    @Size(max = 100)
    @Schema(example = "SA-LINEN-SHIRT-WHT-M")
    public String exchangeSku;
    /**
     * For an exchange into a dearer variant (an upgrade): the price difference the customer accepts to pay,
     * in minor units of the shop's currency, exactly as the portal showed it (the new item's list price less
     * the one bought, times the units). Charged to the order's card before the replacement ships. An upgrade
     * without it, or with another amount, is refused with a 422 problem naming the amount due.
     */
    @jakarta.validation.constraints.PositiveOrZero
    @Schema(example = "500")
    public Long acceptedPriceDifferenceMinor;

    public ReturnLineSubmission() {
    }

    public static ReturnLineSubmission refund(long orderLineId, int quantity, String reason, RefundMethod method) {
        ReturnLineSubmission line = new ReturnLineSubmission();
        line.orderLineId = orderLineId;
        line.quantity = quantity;
        line.reasonCode = reason;
        line.resolution = Resolution.REFUND;
        line.refundMethod = method;
        return line;
    }

    public static ReturnLineSubmission exchange(long orderLineId, int quantity, String reason, String sku) {
        ReturnLineSubmission line = new ReturnLineSubmission();
        line.orderLineId = orderLineId;
        line.quantity = quantity;
        line.reasonCode = reason;
        line.resolution = Resolution.EXCHANGE;
        line.exchangeSku = sku;
        return line;
    }
}
