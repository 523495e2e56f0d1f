package com.kaeru.backend.coupons.domain;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A coupon code: 12 characters of a 32-character alphabet without 0, O, 1 and I (60 random bits,
 * so codes cannot be guessed), shown in groups of four ({@code 7KQM-3XRB-HN2W}). What people type
 * is normalised first: full-width characters (a Japanese keyboard in 全角 mode), lower case,
 * hyphens and spaces do not matter.
 */
public final class CouponCode {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    private static final Pattern CANONICAL = Pattern.compile("[2-9A-HJ-NP-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CouponCode() {
    }

    /** A fresh random code in its canonical form (no hyphens). */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what someone typed, or empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-‐‑–—ー]", "");
        return CANONICAL.matcher(folded).matches() ? Optional.of(folded) : Optional.empty();
    }

    /** The form people read: groups of four joined by hyphens. */
    public static String display(String canonical) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < canonical.length(); i += 4) {
            shown.append(i == 0 ? "" : "-").append(canonical, i, Math.min(canonical.length(), i + 4));
        }
        return shown.toString();
    }
}
