package com.kaeru.backend.carriers.application;

/**
 * One carrier event as read from a file or a JSON list, not yet checked.
 *
 * @param line           line number in the file (header = 1) or position in the list (from 1)
 * @param rma            the return
 * @param lineId         the exchange line, or {@code null} for the return's own pickup parcel
 * @param carrier        as written (code or company name)
 * @param trackingNumber the slip's number
 * @param delivered      a delivered report rather than collected / shipped
 * @param errorKey       why the reader could not read this line (message key), or {@code null}
 */
public record TrackingLine(int line, String rma, Long lineId, String carrier, String trackingNumber,
                           boolean delivered, String errorKey) {
    public static TrackingLine unreadable(int line, String rma, String errorKey) {
        return new TrackingLine(line, rma, null, null, null, false, errorKey);
    }
}
