package com.kaeru.address;

import java.util.Optional;

/**
 * A Japanese postal code (郵便番号): seven digits, shown as {@code 150-0002}.
 *
 * @param value the seven digits as a number (leading zeros are part of the code: {@code 0600042})
 */
public record PostalCode(int value) {
    private static final int DIGITS = 7;

    public PostalCode {
        if (value < 0 || value > 9_999_999) {
            throw new IllegalArgumentException("A postal code has seven digits: " + value);
        }
    }

    /**
     * Reads a postal code as people type it: half- or full-width digits, with or without a
     * hyphen of any kind (‐ − ー －), spaces and a leading 〒.
     */
    public static Optional<PostalCode> parse(CharSequence text) {
        int value = valueOf(text);
        return value < 0 ? Optional.empty() : Optional.of(new PostalCode(value));
    }

    /** Like {@link #parse} without the allocation: the code's value, or -1 when it is not seven digits. */
    static int valueOf(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int value = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= '０' && c <= '９' ? c - '０' : -1;
            if (digit >= 0) {
                if (++digits > DIGITS) {
                    return -1;
                }
                value = value * 10 + digit;
            } else if (!isSeparator(c)) {
                return -1;
            }
        }
        return digits == DIGITS ? value : -1;
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\u3000', '\t', '〒', '-', '－', '‐', '‑', '‒', '–', '—', '―', '−', 'ー', 'ｰ' -> true;
            default -> false;
        };
    }

    /** The seven digits, e.g. {@code 1500002}. */
    public String digits() {
        char[] text = new char[DIGITS];
        int rest = value;
        for (int i = DIGITS - 1; i >= 0; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(text);
    }

    /** As printed on mail: {@code 150-0002}. */
    @Override
    public String toString() {
        String digits = digits();
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }
}
