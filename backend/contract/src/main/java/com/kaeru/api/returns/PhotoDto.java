package com.kaeru.api.returns;

import java.time.Instant;

/** A photo attached to a return line; the image itself is served by its own endpoint. */
public record PhotoDto(long id, long lineId, String contentType, int sizeBytes, Instant uploadedAt) {
    /** At most this many bytes per photo. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** At most this many photos per return line. */
    public static final int MAX_PER_LINE = 5;
}
