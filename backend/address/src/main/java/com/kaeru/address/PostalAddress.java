package com.kaeru.address;

import java.util.Objects;

/**
 * What one postal code stands for: a town (町域) of a municipality — or, for the codes of high-rise
 * buildings and large organisations, a floor or an organisation at a given block. A code may stand
 * for several towns; a town may be split over several codes.
 */
public final class PostalAddress {
    private final PostalCode postalCode;
    private final Municipality municipality;
    private final String town;
    private final String townKana;
    private final String building;
    private final String businessName;
    private final String businessAddress;
    /** Match keys (see {@link AddressText}), computed once when the directory loads. */
    final String townKey;
    /** {@link #townKey} with counted kanji numerals as digits; the same string when there are none. */
    final String townKeyWithDigits;
    final String buildingNameKey;

    PostalAddress(PostalCode postalCode, Municipality municipality, String town, String townKana, String building,
                  String businessName, String businessAddress, String townKey, String townKeyWithDigits,
                  String buildingNameKey) {
        this.postalCode = Objects.requireNonNull(postalCode);
        this.municipality = Objects.requireNonNull(municipality);
        this.town = town;
        this.townKana = townKana;
        this.building = building;
        this.businessName = businessName;
        this.businessAddress = businessAddress;
        this.townKey = townKey;
        this.townKeyWithDigits = townKeyWithDigits;
        this.buildingNameKey = buildingNameKey;
    }

    public PostalCode postalCode() {
        return postalCode;
    }

    public Prefecture prefecture() {
        return municipality.prefecture();
    }

    public Municipality municipality() {
        return municipality;
    }

    /** The town, e.g. {@code 渋谷}; empty for a municipality's catch-all code (以下に掲載がない場合). */
    public String town() {
        return town;
    }

    /** Reading of the town in full-width katakana; empty when Japan Post gives none. */
    public String townKana() {
        return townKana;
    }

    /** For a high-rise building's own codes: the building and floor, e.g. {@code 霞が関ビル１２階}; else empty. */
    public String building() {
        return building;
    }

    /** For a large organisation's own code (事業所個別番号): its name; else empty. */
    public String businessName() {
        return businessName;
    }

    /** For a large organisation's own code: its block number and building, e.g. {@code ２丁目１番１号}; else empty. */
    public String businessAddress() {
        return businessAddress;
    }

    public boolean isBusiness() {
        return !businessName.isEmpty();
    }

    /** True for a municipality's catch-all code, which names no town. */
    public boolean isCatchAll() {
        return town.isEmpty() && building.isEmpty() && !isBusiness();
    }

    @Override
    public String toString() {
        return postalCode + " " + prefecture().name() + municipality.name() + town + building
                + (isBusiness() ? businessAddress + " " + businessName : "");
    }
}
