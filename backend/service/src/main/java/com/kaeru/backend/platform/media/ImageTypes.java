package com.kaeru.backend.platform.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an uploaded image really is, read from its first bytes: the Content-Type a browser sends
 * is the uploader's claim, not a fact. Shared by return photos and shop logos.
 */
public final class ImageTypes {
    private ImageTypes() {
    }

    /** JPEG, PNG or WebP by their signatures; anything else is empty whatever it claims to be. */
    public static Optional<String> sniff(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G'
                && d[4] == 0x0D && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (d.length >= 12 && new String(d, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                && new String(d, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
