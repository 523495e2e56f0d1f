package com.kaeru.api.carriers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One carrier event for a return's pickup ({@code lineId} empty) or an exchange line's shipment.
 */
public class TrackingUpdate {
    /** The return's RMA number. */
    @NotBlank
    @Size(max = 40)
    public String rma;
    /** The exchange line, or {@code null} for the return's own pickup parcel. */
    public Long lineId;
    /** {@code YAMATO}, {@code SAGAWA}, {@code JAPAN_POST} or the company's name (ヤマト運輸, 佐川急便, 日本郵便). */
    @NotBlank
    @Size(max = 60)
    public String carrier;
    /** The slip's number (伝票番号). */
    @NotBlank
    @Size(max = 60)
    public String trackingNumber;
    /** {@code SHIPPED} (picked up / handed over; default) or {@code DELIVERED}. */
    @Pattern(regexp = "SHIPPED|DELIVERED")
    public String status = "SHIPPED";

    public TrackingUpdate() {
    }

    public TrackingUpdate(String rma, Long lineId, String carrier, String trackingNumber, String status) {
        this.rma = rma;
        this.lineId = lineId;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.status = status;
    }
}
