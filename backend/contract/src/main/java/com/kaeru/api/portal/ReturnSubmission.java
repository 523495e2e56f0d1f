package com.kaeru.api.portal;

import com.kaeru.api.vocabulary.ReturnMethod;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return request as the customer submits it. */
public final class ReturnSubmission {
    @Schema(example = "PICKUP")
    public ReturnMethod returnMethod = ReturnMethod.PREPAID_LABEL;
    @NotEmpty
    @Size(max = 100)
    @Valid
    public List<ReturnLineSubmission> lines;
    /** For pickups: a day from tomorrow to a week ahead in the shop's time zone ({@code 2026-11-24}). */
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
    @Schema(example = "2026-11-24")
    public String pickupDate;
    /** For pickups: the carrier's time slot. */
    @Pattern(regexp = "MORNING|T14_16|T16_18|T18_20|T19_21")
    @Schema(example = "T14_16")
    public String pickupSlot;
    /** For drop-offs: where the customer hands the parcel in. */
    @Pattern(regexp = "SEVEN_ELEVEN|FAMILYMART|LAWSON|CARRIER_OFFICE")
    @Schema(example = "LAWSON")
    public String dropOffPoint;
    /** Pickup address and exchange delivery address; the order's shipping address when omitted. */
    @Valid
    public PostalAddressDto address;

    public ReturnSubmission() {
    }

    public ReturnSubmission(ReturnMethod returnMethod, List<ReturnLineSubmission> lines) {
        this.returnMethod = returnMethod;
        this.lines = lines;
    }
}
