package com.kaeru.backend.platform.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an uploaded image really is, read from its first bytes: the Content-Type a browser sends
 * is the uploader's claim, not a fact. Shared by return photos and shop logos.
 */
public final class ImageTypes {
    /** Widest and tallest shop logo: labels print it a few centimetres wide, the portal's header less. */
    public static final int LOGO_MAX_SIDE = 2000;
    /** Widest and tallest return photo: room for a 48-megapixel phone camera (8064 × 6048). */
    public static final int PHOTO_MAX_SIDE = 8192;
    /** Largest return photo area (about 200 MB once decoded in a staff member's browser). */
    public static final long PHOTO_MAX_PIXELS = 50_000_000;
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

    /** Width and height in pixels. */
    public record Size(int width, int height) {
        /** Whether neither side exceeds {@code maxSide} and the area stays within {@code maxPixels}. */
        public boolean within(int maxSide, long maxPixels) {
            return width > 0 && height > 0 && width <= maxSide && height <= maxSide
                    && (long) width * height <= maxPixels;
        }
    }

    /**
     * The pixel size an image declares, read from its header without decoding it: a file of a few
     * hundred kilobytes can declare 11,000 × 11,000 pixels and would unpack into ~500 MB, so the
     * size must be checked before anything decodes it. For WebP the frame inside must agree with
     * the canvas too (the larger of both counts). Empty when the type is not one of ours or the
     * header cannot be read.
     */
    public static Optional<Size> size(byte[] d) {
        Optional<String> type = sniff(d);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        ImageReader reader = null;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(d))) {
            reader = reader(type.get());
            if (reader == null || in == null) {
                return Optional.empty();
            }
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (type.get().equals("image/webp")) {
                int[] frame = webpFrameSize(d);
                if (frame == null) {
                    return Optional.empty();
                }
                width = Math.max(width, frame[0]);
                height = Math.max(height, frame[1]);
            }
            return Optional.of(new Size(width, height));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(String type) {
        if (type.equals("image/webp")) {
            // Created directly: ImageIO's plugin registry does not reliably see a web app's jars.
            try {
                return new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                return null;
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type); // the JDK's own PNG and JPEG readers
        return readers.hasNext() ? readers.next() : null;
    }

    /**
     * Width and height of the still image inside a WebP file, read from its VP8 or VP8L chunk header,
     * or {@code null} when there is none (animations included: we keep single pictures only).
     */
    public static int[] webpFrameSize(byte[] webp) {
        int at = 12;
        while (at + 8 <= webp.length) {
            String type = new String(webp, at, 4, StandardCharsets.US_ASCII);
            long size = (webp[at + 4] & 0xFFL) | (webp[at + 5] & 0xFFL) << 8 | (webp[at + 6] & 0xFFL) << 16
                    | (webp[at + 7] & 0xFFL) << 24;
            int data = at + 8;
            if ("ANIM".equals(type) || "ANMF".equals(type)) {
                return null;
            }
            if ("VP8 ".equals(type) && data + 10 <= webp.length) {
                // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
                return new int[] {((webp[data + 6] & 0xFF) | (webp[data + 7] & 0xFF) << 8) & 0x3FFF,
                        ((webp[data + 8] & 0xFF) | (webp[data + 9] & 0xFF) << 8) & 0x3FFF};
            }
            if ("VP8L".equals(type) && data + 5 <= webp.length) {
                long bits = (webp[data + 1] & 0xFFL) | (webp[data + 2] & 0xFFL) << 8 | (webp[data + 3] & 0xFFL) << 16
                        | (webp[data + 4] & 0xFFL) << 24;
                return new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
            }
            at = (int) Math.min(Integer.MAX_VALUE, data + size + (size & 1));
        }
        return null;
    }
}
