package com.kaeru.api.carriers;

import java.util.List;

/**
 * What a tracking import did: each line either updated something, found it already so, or failed
 * alone (a failed line changes nothing; the others still apply).
 *
 * @param updated   lines that moved a return or a shipment
 * @param unchanged lines already applied before (importing the same file twice changes nothing)
 * @param errors    the failed lines, in file order
 */
public record TrackingImportResultDto(int updated, int unchanged, List<LineError> errors) {

    /**
     * @param line    the line number in the file (the header is line 1), or the index + 1 in a JSON list
     * @param rma     the RMA the line named, when it could be read
     * @param message why, in the caller's language
     */
    public record LineError(int line, String rma, String message) {
    }
}
