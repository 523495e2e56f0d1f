package com.kaeru.backend.returns.infrastructure;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a name search into the words that must each be found among an order's name search keys
 * (migration V80, which normalises both sides with the same database function). Words are split
 * here as the keys are split there: by spaces (ideographic ones too), the katakana middle dot and
 * commas.
 */
final class CustomerNameSearch {
    /** Keys are stored at most this long; a longer word is compared by its start. */
    static final int KEY_LENGTH = 40;
    /** More words than this narrow nothing a person would type; the rest are ignored. */
    static final int MAX_WORDS = 4;

    private CustomerNameSearch() {
    }

    static List<String> words(String query) {
        String normalised = Normalizer.normalize(query, Normalizer.Form.NFKC);
        return Arrays.stream(normalised.split("[\\s・,、]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.codePointCount(0, word.length()) <= KEY_LENGTH
                        ? word : word.substring(0, word.offsetByCodePoints(0, KEY_LENGTH)))
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }
}
