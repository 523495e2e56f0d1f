package com.kaeru.address;

import static com.kaeru.address.AddressText.isDigit;
import static com.kaeru.address.AddressText.startsWith;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a typed Japanese address against its postal code, fast enough to run on every keystroke
 * (a few hundred nanoseconds for a typical address, one to two microseconds when a wrong code sends
 * it searching the directory for the right one; thread-safe, share one instance).
 * <p>
 * The typed prefecture, city and address line are folded into one match key (see
 * {@link AddressText}) and compared with each address the code stands for: the prefecture (if
 * typed), the municipality (in full, without its 郡, or a designated city without its ward), then
 * the town at the start of what follows — after a leading 大字/字, or, for Kyoto's street
 * addresses ({@code 烏丸通御池上る二条殿町}), after the last 上る/下る/東入/西入. What follows the town
 * must hold a block number. Only when that fails does the check search the directory for the codes
 * of the address as typed, to suggest them.
 */
public final class AddressCheck {
    /** Suggestions beyond this many do not help a person choose. */
    static final int MAX_SUGGESTIONS = 10;

    // How far an address the code stands for agrees with the typed one; higher is better.
    private static final int PREFECTURE_DIFFERS = 1;
    private static final int CITY_DIFFERS = 2;
    private static final int TOWN_DIFFERS = 3;
    private static final int BUILDING_DIFFERS = 4;
    /** Nothing typed contradicts it, but no town confirms it (catch-all code, town not typed yet). */
    private static final int UNCONFIRMED = 5;
    private static final int MATCHES = 6;
    /** Not a result: prefecture and municipality agree, the town is still to compare. */
    private static final int PLACE_AGREES = 7;

    private final PostalDirectory directory;

    public AddressCheck(PostalDirectory directory) {
        this.directory = Objects.requireNonNull(directory);
    }

    public PostalDirectory directory() {
        return directory;
    }

    public AddressCheckResult check(AddressInput input) {
        Typed typed = new Typed(input);
        int code = PostalCode.valueOf(input.postalCode());
        if (code < 0) {
            return withoutCandidates(null, FindingCode.INVALID_POSTAL_CODE, typed);
        }
        List<PostalAddress> candidates = directory.addresses(code);
        if (candidates.isEmpty()) {
            return withoutCandidates(new PostalCode(code), FindingCode.UNKNOWN_POSTAL_CODE, typed);
        }

        PostalAddress best = null;
        long bestScore = -1;
        int ties = 0;
        Municipality placeOf = null;
        long place = 0;
        for (PostalAddress candidate : candidates) {
            if (candidate.municipality() != placeOf) {
                // A multi-town code lists many towns of one municipality: compare the place once.
                placeOf = candidate.municipality();
                place = placeScore(typed, placeOf);
            }
            long score = score(typed, candidate, place);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                ties = 1;
            } else if (score == bestScore) {
                ties++;
            }
        }
        int level = level(bestScore);
        int blockFrom = blockFrom(bestScore);
        PostalCode postalCode = candidates.get(0).postalCode();

        Finding mismatch = null;
        if (level == UNCONFIRMED && best.isCatchAll() && blockFrom < typed.restEnd) {
            // A catch-all code is right only for towns without a code of their own.
            Location location = locate(typed);
            if (location.townFound() && location.addresses().stream().noneMatch(a -> a.postalCode().value() == code)) {
                mismatch = new Finding(FindingCode.POSTAL_CODE_MISMATCH, AddressField.ADDRESS_LINE,
                        codesOf(location.addresses(), code), List.of());
                blockFrom = location.blockFrom();
            }
        } else if (level < UNCONFIRMED) {
            mismatch = mismatch(typed, level, candidates, code);
        }
        // Several equally good candidates: a multi-town code before the town is typed.
        PostalAddress match = mismatch == null && ties == 1 ? best : null;
        Finding blockMissing = hasBlockNumber(typed.chars, blockFrom, typed.restEnd) ? null
                : new Finding(FindingCode.BLOCK_NUMBER_MISSING, AddressField.ADDRESS_LINE, List.of(),
                        match != null && match.isBusiness() ? List.of(match) : List.of());
        return new AddressCheckResult(postalCode, candidates, match, findings(mismatch, blockMissing));
    }

    private AddressCheckResult withoutCandidates(PostalCode postalCode, FindingCode problem, Typed typed) {
        Location location = locate(typed);
        Finding codeFinding = new Finding(problem, AddressField.POSTAL_CODE, codesOf(location.addresses(), -1), List.of());
        Finding blockMissing = hasBlockNumber(typed.chars, location.blockFrom(), typed.restEnd) ? null
                : new Finding(FindingCode.BLOCK_NUMBER_MISSING, AddressField.ADDRESS_LINE, List.of(), List.of());
        return new AddressCheckResult(postalCode, List.of(), null, findings(codeFinding, blockMissing));
    }

    private Finding mismatch(Typed typed, int level, List<PostalAddress> candidates, int code) {
        AddressField field = switch (level) {
            case PREFECTURE_DIFFERS -> AddressField.PREFECTURE;
            case CITY_DIFFERS -> AddressField.CITY;
            case TOWN_DIFFERS -> AddressField.ADDRESS_LINE;
            default -> AddressField.BUILDING;
        };
        Location location = locate(typed);
        // Either the code is wrong (here are the right ones) or the address is (here is the code's).
        // A catch-all code is no suggestion for a town not found: more likely a typo than a new town.
        List<PostalCode> codes = location.townFound() ? codesOf(location.addresses(), code) : List.of();
        return new Finding(FindingCode.POSTAL_CODE_MISMATCH, field, codes,
                codes.isEmpty() ? candidates.subList(0, Math.min(candidates.size(), MAX_SUGGESTIONS)) : List.of());
    }

    private static List<Finding> findings(Finding first, Finding second) {
        if (first == null) {
            return second == null ? List.of() : List.of(second);
        }
        return second == null ? List.of(first) : List.of(first, second);
    }

    private static List<PostalCode> codesOf(List<PostalAddress> addresses, int except) {
        Set<PostalCode> codes = new LinkedHashSet<>();
        for (PostalAddress address : addresses) {
            if (address.postalCode().value() != except && codes.size() < MAX_SUGGESTIONS) {
                codes.add(address.postalCode());
            }
        }
        return List.copyOf(codes);
    }

    // ---- comparing with one address of the code: no allocation -------------------------------

    /** Level, town length (the longer town is the better match) and where the block number starts. */
    private static long score(int level, int townLength, int blockFrom) {
        return (long) level << 48 | (long) Math.min(townLength, 0xFFFF) << 32 | blockFrom;
    }

    private static int level(long score) {
        return (int) (score >>> 48);
    }

    private static int blockFrom(long score) {
        return (int) score;
    }

    /** How the typed prefecture and city compare with a municipality's; {@link #PLACE_AGREES} with where the town starts. */
    private long placeScore(Typed typed, Municipality municipality) {
        char[] chars = typed.chars;
        int end = typed.restEnd;
        int at = typed.restStart;
        String prefectureKey = directory.prefectureKey(municipality.prefecture());
        if (!typed.prefectureMatches(prefectureKey)) {
            return score(PREFECTURE_DIFFERS, 0, at);
        }
        if (startsWith(chars, at, end, prefectureKey)) {
            at += prefectureKey.length();
        }
        String[] cityKeys = directory.municipalityKeys(municipality);
        int afterCity = afterMunicipality(chars, at, end, cityKeys);
        if (afterCity < 0) {
            return score(at == end ? UNCONFIRMED : CITY_DIFFERS, 0, at);
        }
        // The city typed twice, in the city field and again in the address line?
        typed.afterRepeatedCity = afterMunicipality(chars, afterCity, end, cityKeys);
        return score(PLACE_AGREES, 0, afterCity);
    }

    private long score(Typed typed, PostalAddress candidate, long place) {
        if (level(place) != PLACE_AGREES) {
            return place;
        }
        char[] chars = typed.chars;
        int end = typed.restEnd;
        int at = blockFrom(place);
        if (at == end || candidate.townKey.isEmpty()) {
            return score(UNCONFIRMED, 0, at);
        }
        int afterTown = afterTown(typed, at, candidate);
        if (afterTown < 0 && typed.afterRepeatedCity > 0) {
            afterTown = afterTown(typed, typed.afterRepeatedCity, candidate);
        }
        if (afterTown < 0) {
            // 渋 on the way to 渋谷 is not wrong yet: the check runs while the person types.
            return score(isStartOf(chars, at, end, candidate) ? UNCONFIRMED : TOWN_DIFFERS, 0, at);
        }
        String building = candidate.buildingNameKey;
        if (!building.isEmpty() && typed.buildingEnd > typed.buildingStart
                && !AddressText.contains(chars, typed.buildingStart, typed.buildingEnd, building)
                && !AddressText.contains(chars, afterTown, end, building)) {
            return score(BUILDING_DIFFERS, candidate.townKey.length(), afterTown);
        }
        return score(MATCHES, candidate.townKey.length(), afterTown);
    }

    /** Whether {@code chars[from, to)} is the beginning of the candidate's town. */
    private static boolean isStartOf(char[] chars, int from, int to, PostalAddress candidate) {
        String town = candidate.townKey;
        if (to - from >= town.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (chars[i] != town.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /** After the municipality's name; -1 if absent. */
    private static int afterMunicipality(char[] chars, int from, int to, String[] keys) {
        for (String key : keys) {
            if (startsWith(chars, from, to, key)) {
                return from + key.length();
            }
        }
        return -1;
    }

    /**
     * After the town, typed first (optionally after 大字/字) or after Kyoto's street directions,
     * spelt as Japan Post writes it or with digits ({@code 北29条西}); -1 if absent.
     */
    private static int afterTown(Typed typed, int from, PostalAddress candidate) {
        int after = afterTown(typed, from, candidate.townKey);
        // Keys are shared strings: a town without counted numerals has one key object, not two.
        if (after < 0 && candidate.townKeyWithDigits != candidate.townKey) {
            after = afterTown(typed, from, candidate.townKeyWithDigits);
        }
        return after;
    }

    private static int afterTown(Typed typed, int from, String townKey) {
        char[] chars = typed.chars;
        int to = typed.restEnd;
        if (startsWith(chars, from, to, townKey)) {
            return from + townKey.length();
        }
        int afterAza = afterAza(chars, from, to);
        if (afterAza > from && startsWith(chars, afterAza, to, townKey)) {
            return afterAza + townKey.length();
        }
        int kyoto = typed.afterStreetDirections();
        if (kyoto > from && startsWith(chars, kyoto, to, townKey)) {
            return kyoto + townKey.length();
        }
        return -1;
    }

    /** 大字 and 字 precede rural towns in addresses but not in Japan Post's names. */
    private static int afterAza(char[] chars, int from, int to) {
        if (from + 1 < to && chars[from] == '大' && chars[from + 1] == '字') {
            return from + 2;
        }
        return from < to && chars[from] == '字' ? from + 1 : from;
    }

    /**
     * Kyoto's addresses name the street and the direction to the town before the town itself:
     * {@code 烏丸通御池上る二条殿町} (up from 御池 on 烏丸通, 二条殿町). Returns where the text after the
     * last direction (上る, 下る, 上がる, 東入, 西入る, …) starts, or -1 if there is none.
     */
    static int afterStreetDirections(char[] chars, int from, int to) {
        int after = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int end = -1;
            if (c == '上' || c == '下') {
                if (i + 1 < to && isRu(chars[i + 1])) {
                    end = i + 2;
                } else if (i + 2 < to && chars[i + 1] == 'ケ' && isRu(chars[i + 2])) {
                    end = i + 3; // 上がる, with が folded to ケ
                }
            } else if (c == '入' && i > from && "東西南北".indexOf(chars[i - 1]) >= 0) {
                end = i + 1 < to && isRu(chars[i + 1]) ? i + 2 : i + 1;
            }
            if (end > 0) {
                after = end;
                i = end - 1;
            }
        }
        return after;
    }

    private static boolean isRu(char c) {
        return c == 'る' || c == 'ル';
    }

    /**
     * Whether {@code chars[from, to)} holds a block number: a number in digits or kanji ({@code 21-1},
     * {@code 5番地}, {@code 二十一番地}) that is not a 丁目, 条 or 線 of the town ({@code 3丁目},
     * {@code 北一条}), or an explicit 番地なし. Kanji count only where they are clearly a number —
     * before 番, 号, a hyphen or の, or ending the text after 丁目 — not inside a name ({@code 三田}).
     */
    static boolean hasBlockNumber(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            boolean digits = isDigit(c);
            if (digits || AddressText.isKanjiNumeral(c)) {
                int j = i;
                while (j < to && (digits ? isDigit(chars[j]) : AddressText.isKanjiNumeral(chars[j]))) {
                    j++;
                }
                char next = j < to ? chars[j] : 0;
                boolean partOfTown = next == '丁' || next == '条' || next == '線'
                        || next == '地' && j + 1 < to && chars[j + 1] == '割';
                if (digits ? !partOfTown : isKanjiBlockNumber(chars, i, j, to)) {
                    return true;
                }
                i = j - 1;
            } else if (c == '番' && i + 3 < to && chars[i + 1] == '地'
                    && (chars[i + 2] == 'な' && chars[i + 3] == 'し' || chars[i + 2] == 'ナ' && chars[i + 3] == 'シ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the kanji numerals {@code chars[start, end)} are a block number (see {@link #hasBlockNumber}). */
    private static boolean isKanjiBlockNumber(char[] chars, int start, int end, int to) {
        if (end == to) {
            return start >= 2 && chars[start - 2] == '丁' && chars[start - 1] == '目';
        }
        char next = chars[end];
        return next == '番' || next == '号' || next == '-' || next == 'ノ' && end + 1 < to
                && (isDigit(chars[end + 1]) || AddressText.isKanjiNumeral(chars[end + 1]));
    }

    // ---- finding the codes of the typed address: only when the code does not fit ----------------

    /**
     * Where the typed address is in the directory.
     *
     * @param addresses the towns it names (their codes are the right ones), or the municipality's
     *                  catch-all codes when it names no town with a code of its own
     * @param townFound whether {@code addresses} are named towns rather than catch-alls
     * @param blockFrom where the block number should start in the typed text
     */
    private record Location(List<PostalAddress> addresses, boolean townFound, int blockFrom) {
    }

    private Location locate(Typed typed) {
        char[] chars = typed.chars;
        int end = typed.restEnd;
        int at = typed.restStart;
        Prefecture prefecture = null;
        if (typed.prefectureEnd > 0) {
            for (Prefecture candidate : directory.prefectures()) {
                if (typed.prefectureMatches(directory.prefectureKey(candidate))) {
                    prefecture = candidate;
                }
            }
            if (prefecture == null) {
                return new Location(List.of(), false, at);
            }
        }
        for (Prefecture candidate : prefecture == null ? directory.prefectures() : List.of(prefecture)) {
            String key = directory.prefectureKey(candidate);
            if (startsWith(chars, at, end, key)) {
                prefecture = candidate;
                at += key.length();
                break;
            }
        }

        List<Municipality> municipalities = new ArrayList<>();
        int longest = 0;
        int count = prefecture == null ? directory.municipalityCount() : directory.municipalitiesOf(prefecture).length;
        for (int i = 0; i < count; i++) {
            Municipality municipality = directory.municipality(
                    prefecture == null ? i + 1 : directory.municipalitiesOf(prefecture)[i]);
            for (String key : directory.municipalityKeys(municipality)) {
                if (startsWith(chars, at, end, key)) {
                    if (key.length() > longest) {
                        municipalities.clear();
                        longest = key.length();
                    }
                    if (key.length() == longest) {
                        municipalities.add(municipality);
                    }
                    break;
                }
            }
        }
        if (municipalities.isEmpty()) {
            return new Location(List.of(), false, at);
        }
        at += longest;

        List<PostalAddress> towns = new ArrayList<>();
        int blockFrom = at;
        for (Municipality municipality : municipalities) {
            TownIndex index = directory.towns(municipality);
            int townFrom = at;
            TownIndex.Match found = index.longestPrefix(chars, townFrom, end);
            if (found.length() == 0 && afterAza(chars, at, end) > at) {
                townFrom = afterAza(chars, at, end);
                found = index.longestPrefix(chars, townFrom, end);
            }
            if (found.length() == 0 && typed.afterStreetDirections() > at) {
                townFrom = typed.afterStreetDirections();
                found = index.longestPrefix(chars, townFrom, end);
            }
            if (found.length() > 0) {
                towns.addAll(found.addresses());
                blockFrom = townFrom + found.length();
            }
        }
        if (!towns.isEmpty()) {
            return new Location(towns, true, blockFrom);
        }
        List<PostalAddress> catchAll = new ArrayList<>();
        for (Municipality municipality : municipalities) {
            catchAll.addAll(directory.towns(municipality).catchAll());
        }
        return new Location(catchAll, false, at);
    }

    /**
     * The typed address as match keys in one buffer: the prefecture field, then city field and
     * address line together (people split them differently), then the building.
     */
    private static final class Typed {
        final char[] chars;
        final int prefectureEnd;
        final int restStart;
        final int restEnd;
        final int buildingStart;
        final int buildingEnd;
        private int afterStreetDirections = -2;
        /** Set with each municipality compared: where the text after a second copy of its name starts, or -1. */
        int afterRepeatedCity = -1;

        Typed(AddressInput input) {
            AddressText.Builder key = new AddressText.Builder(length(input.prefecture()) + length(input.city())
                    + length(input.addressLine()) + length(input.building()) + 8);
            key.appendKey(input.prefecture());
            prefectureEnd = key.length;
            restStart = key.length;
            key.appendKey(input.city());
            key.appendKey(input.addressLine());
            restEnd = key.length;
            buildingStart = key.length;
            key.appendKey(input.building());
            buildingEnd = key.length;
            chars = key.chars;
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }

        /** True when no prefecture was typed, or the typed one is this one (東京 for 東京都 too). */
        boolean prefectureMatches(String key) {
            int n = prefectureEnd;
            if (n == 0) {
                return true;
            }
            if (n == key.length()) {
                return startsWith(chars, 0, n, key);
            }
            if (n != key.length() - 1 || "都道府県".indexOf(key.charAt(n)) < 0) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (chars[i] != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        int afterStreetDirections() {
            if (afterStreetDirections == -2) {
                afterStreetDirections = AddressCheck.afterStreetDirections(chars, restStart, restEnd);
            }
            return afterStreetDirections;
        }
    }
}
