package com.kaeru.backend.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Real images for tests, and crafted ones whose header declares a size far beyond their data. */
public final class Images {
    private Images() {
    }

    /** A PNG of this size, its pixels seeded (different seeds give different files). */
    public static byte[] png(int width, int height, int seed) {
        return write(image(width, height, seed), "png");
    }

    public static byte[] jpeg(int width, int height, int seed) {
        return write(image(width, height, seed), "jpeg");
    }

    /**
     * A valid PNG of a few hundred bytes whose header (IHDR, with a correct checksum) declares
     * {@code width × height} pixels: decoded, 11,000 × 11,000 would take ~500 MB.
     */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] png = png(1, 1, 0);
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), … , CRC after 13 data bytes.
        putInt(png, 16, width);
        putInt(png, 20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        putInt(png, 29, (int) crc.getValue());
        return png;
    }

    /** A valid small JPEG whose frame header (SOF0) declares {@code width × height} pixels. */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = jpeg(8, 8, 0);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // FFC0, length (2), precision (1), height (2), width (2)
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 in the JPEG");
    }

    private static BufferedImage image(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (seed * 7919 + x * 31 + y * 17) & 0xFFFFFF);
            }
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
