package com.kaeru.address;

/**
 * Match keys for Japanese address text: what people type and what Japan Post writes become equal
 * when they mean the same place. The key
 * <ul>
 *   <li>folds full-width ASCII to half-width and Latin letters to upper case;</li>
 *   <li>drops spaces (half- and full-width) and 〒;</li>
 *   <li>turns every kind of hyphen into {@code -}, and a long-vowel mark {@code ー} too when it
 *       follows a digit ({@code 2ー21ー1});</li>
 *   <li>folds the spellings that vary in place names: ヶ/ケ/が/ガ (霞ヶ関, 霞が関), の/之/ノ
 *       (丸の内, 丸ノ内), ッ/ツ (一ッ橋), ヵ/カ, 髙/高, 﨑/崎.</li>
 * </ul>
 * Kanji numerals stay as typed: in typed text they cannot be told apart from the town's name
 * ({@code 金田一一丁目} is 金田一 + 一丁目). Japan Post's names get a second key, {@link #keyWithDigits},
 * with the numerals that count something as digits ({@code 北二十九条西} → {@code 北29条西}), so a town
 * matches in either spelling; {@link AddressCheck} reads kanji numerals in block numbers itself.
 * <p>
 * Both sides of a comparison go through the same folding, so a fold only has to be consistent,
 * not linguistically exact. Typed text is folded into a reusable {@link Builder}, so that checking
 * an address allocates one buffer, not a string per field.
 */
final class AddressText {
    private static final char SKIP = '\uFFFF';
    private static final char HYPHEN_OR_LONG_VOWEL = '\uFFFE';
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    /** Longer runs are names, not numbers, and would overflow. */
    private static final int MAX_NUMERAL_LENGTH = 8;

    private AddressText() {
    }

    static String key(CharSequence text) {
        Builder builder = new Builder(text == null ? 0 : text.length() + 8);
        builder.appendKey(text);
        return builder.toString();
    }

    /**
     * The key, with kanji numerals written as digits where they count something — before 丁, 番,
     * 号, 条 or 線 ({@code 北二十九条西} → {@code 北29条西}, {@code 五番町} → {@code 5番町}) — but not
     * inside names ({@code 三田}, {@code 十文字町}). For Japan Post's names, which people write either way.
     */
    static String keyWithDigits(CharSequence text) {
        Builder builder = new Builder(text == null ? 0 : text.length() + 8);
        builder.numeralsAsDigits = true;
        builder.appendKey(text);
        return builder.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Folds one character; {@link #SKIP} drops it. */
    private static char fold(char c) {
        if (c >= '！' && c <= '～') {
            c = (char) (c - 0xFEE0);
        }
        if (c >= 'a' && c <= 'z') {
            return (char) (c - ('a' - 'A'));
        }
        return switch (c) {
            case ' ', '\t', '\r', '\n', '\u00A0', '\u3000', '〒' -> SKIP;
            case '‐', '‑', '‒', '–', '—', '―', '−', '⁃', '﹣' -> '-';
            case 'ー', 'ｰ' -> HYPHEN_OR_LONG_VOWEL;
            case 'ヶ', 'が', 'ガ', 'ｹ' -> 'ケ';
            case 'ヵ' -> 'カ';
            case 'の', '之' -> 'ノ';
            case 'ッ' -> 'ツ';
            case '髙' -> '高';
            case '﨑' -> '崎';
            default -> c;
        };
    }

    static boolean isKanjiNumeral(char c) {
        return KANJI_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    /** Counters after which a kanji numeral is a number: 丁目, 番地, 号, 条 (Sapporo), 線 (Hokkaido). */
    static boolean countsSomething(char c) {
        return c == '丁' || c == '番' || c == '号' || c == '条' || c == '線';
    }

    /** 二十九 → 29, 百五 → 105, 十 → 10, and positional 一〇 → 10. */
    private static long kanjiValue(CharSequence text, int from, int to) {
        long total = 0;
        long current = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = KANJI_DIGITS.indexOf(c);
            if (digit >= 0) {
                current = current * 10 + digit;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }
        return total + current;
    }

    /** A growable buffer of key characters. Not thread-safe; one per check. */
    static final class Builder {
        char[] chars;
        int length;
        boolean numeralsAsDigits;

        Builder(int capacity) {
            chars = new char[Math.max(capacity, 16)];
        }

        void appendKey(CharSequence text) {
            if (text == null) {
                return;
            }
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (numeralsAsDigits && isKanjiNumeral(c)) {
                    i = appendNumeral(text, i) - 1;
                    continue;
                }
                char folded = fold(c);
                if (folded == SKIP) {
                    continue;
                }
                if (folded == HYPHEN_OR_LONG_VOWEL) {
                    folded = length > 0 && isDigit(chars[length - 1]) ? '-' : 'ー';
                }
                append(folded);
            }
        }

        /** Appends the run of kanji numerals starting at {@code from}; returns where it ends. */
        private int appendNumeral(CharSequence text, int from) {
            int end = from + 1;
            while (end < text.length() && isKanjiNumeral(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && countsSomething(text.charAt(end)) && end - from <= MAX_NUMERAL_LENGTH) {
                appendNumber(kanjiValue(text, from, end));
            } else {
                for (int i = from; i < end; i++) {
                    append(text.charAt(i));
                }
            }
            return end;
        }

        private void appendNumber(long value) {
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            ensureCapacity(length + digits);
            long rest = value;
            for (int i = length + digits - 1; i >= length; i--) {
                chars[i] = (char) ('0' + rest % 10);
                rest /= 10;
            }
            length += digits;
        }

        void append(char c) {
            ensureCapacity(length + 1);
            chars[length++] = c;
        }

        private void ensureCapacity(int capacity) {
            if (capacity > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(capacity, chars.length * 2));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** Whether {@code chars[from, to)} starts with {@code key}. */
    static boolean startsWith(char[] chars, int from, int to, String key) {
        int n = key.length();
        if (n > to - from) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (chars[from + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code key} occurs anywhere in {@code chars[from, to)}. */
    static boolean contains(char[] chars, int from, int to, String key) {
        for (int i = from; i + key.length() <= to; i++) {
            if (startsWith(chars, i, to, key)) {
                return true;
            }
        }
        return false;
    }

    /** Compares {@code key} with {@code chars[from, from + length)} like {@link String#compareTo}. */
    static int compare(String key, char[] chars, int from, int length) {
        int n = Math.min(key.length(), length);
        for (int i = 0; i < n; i++) {
            int difference = key.charAt(i) - chars[from + i];
            if (difference != 0) {
                return difference;
            }
        }
        return key.length() - length;
    }
}
