package com.kaeru.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The towns of one municipality by match key, to find the postal codes of a typed address: the
 * longest town whose key starts the typed text. Sorted arrays searched with the typed buffer
 * directly, so a lookup allocates only its answer. Building floors and organisations are left out
 * (a typed street address is not a floor); catch-all codes are kept apart.
 */
final class TownIndex {
    private final String[] keys;
    private final PostalAddress[] addresses;
    /** The distinct key lengths, longest first: the only prefix lengths worth searching. */
    private final int[] lengths;
    private final List<PostalAddress> catchAll;

    TownIndex(List<PostalAddress> towns) {
        record Entry(String key, PostalAddress address) {
        }
        List<Entry> named = new ArrayList<>();
        List<PostalAddress> general = new ArrayList<>();
        for (PostalAddress address : towns) {
            if (address.isCatchAll()) {
                general.add(address);
            } else if (address.building().isEmpty() && !address.isBusiness()) {
                named.add(new Entry(address.townKey, address));
                if (!address.townKeyWithDigits.equals(address.townKey)) {
                    named.add(new Entry(address.townKeyWithDigits, address));
                }
            }
        }
        named.sort(Comparator.comparing(Entry::key).thenComparingInt(e -> e.address().postalCode().value()));
        keys = named.stream().map(Entry::key).toArray(String[]::new);
        addresses = named.stream().map(Entry::address).toArray(PostalAddress[]::new);
        lengths = Arrays.stream(keys).mapToInt(String::length).distinct().sorted().toArray();
        for (int i = 0, j = lengths.length - 1; i < j; i++, j--) {
            int swap = lengths[i];
            lengths[i] = lengths[j];
            lengths[j] = swap;
        }
        catchAll = List.copyOf(general);
    }

    /** The municipality's catch-all codes (以下に掲載がない場合), usually one. */
    List<PostalAddress> catchAll() {
        return catchAll;
    }

    /**
     * Towns whose key starts some typed text.
     *
     * @param addresses all towns with that key (a town split over several codes, or same-named
     *                  towns as in Kyoto), empty if none
     * @param length    the length of the key
     */
    record Match(List<PostalAddress> addresses, int length) {
        static final Match NONE = new Match(List.of(), 0);
    }

    /** The towns with the longest key that starts {@code chars[from, to)}. */
    Match longestPrefix(char[] chars, int from, int to) {
        for (int length : lengths) {
            if (length > to - from) {
                continue;
            }
            int found = search(chars, from, length);
            if (found >= 0) {
                int first = found;
                while (first > 0 && keys[first - 1].equals(keys[found])) {
                    first--;
                }
                int last = found;
                while (last + 1 < keys.length && keys[last + 1].equals(keys[found])) {
                    last++;
                }
                return new Match(List.of(Arrays.copyOfRange(addresses, first, last + 1)), length);
            }
        }
        return Match.NONE;
    }

    private int search(char[] chars, int from, int length) {
        int low = 0;
        int high = keys.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int comparison = AddressText.compare(keys[middle], chars, from, length);
            if (comparison < 0) {
                low = middle + 1;
            } else if (comparison > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
