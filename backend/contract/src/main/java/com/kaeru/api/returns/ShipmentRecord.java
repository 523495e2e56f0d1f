package com.kaeru.api.returns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The warehouse handed a replacement to a carrier.
 */
public class ShipmentRecord {
    /** The carrier's name, e.g. ヤマト運輸, 佐川急便, 日本郵便. */
    @NotBlank
    @Size(max = 60)
    public String carrier;
    /** The carrier's tracking number (the same one again is accepted and changes nothing). */
    @NotBlank
    @Size(max = 60)
    public String trackingNumber;

    public ShipmentRecord() {
    }

    public ShipmentRecord(String carrier, String trackingNumber) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }
}
