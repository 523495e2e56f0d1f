package com.kaeru.backend.returns.label;

import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * The two machine-readable forms of the RMA number, as modules (no quiet zone, no pixels): the
 * renderer draws them as vector rectangles so they stay sharp at any printer resolution.
 * Both carry the RMA text exactly, so a keyboard-wedge scanner types {@code R-000123} into the
 * staff console's search.
 */
final class LabelCodes {
    private LabelCodes() {
    }

    /** QR modules, {@code 1} = dark. Level M survives a scuffed parcel corner and stays small (21×21 for R-000123). */
    static ByteMatrix qr(String text) {
        try {
            // No character-set hint: an RMA is ASCII, and an ECI header confuses some keyboard-wedge scanners.
            return Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR: " + text, e);
        }
    }

    /** Code 128 modules from start to stop pattern, {@code true} = bar. */
    static boolean[] code128(String text) {
        return new Code128Writer().encode(text);
    }
}
