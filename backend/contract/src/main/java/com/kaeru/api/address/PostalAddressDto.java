package com.kaeru.api.address;

/**
 * What a postal code stands for: enough to fill a form's prefecture, city and town.
 *
 * @param postalCode      {@code 150-0002}
 * @param prefecture      都道府県, e.g. 東京都
 * @param prefectureKana  reading in full-width katakana, e.g. トウキョウト
 * @param city            市区町村, e.g. 渋谷区
 * @param cityKana        reading, e.g. シブヤク
 * @param town            町域, e.g. 渋谷; empty for a municipality's catch-all code
 * @param townKana        reading, e.g. シブヤ; empty when Japan Post gives none
 * @param building        for a high-rise building's per-floor code the building and floor
 *                        (霞が関ビル１２階), else empty
 * @param businessName    for an organisation's own code its name (東京都庁), else empty
 * @param businessAddress for an organisation's own code its block number (２丁目８－１), else empty
 */
public record PostalAddressDto(String postalCode, String prefecture, String prefectureKana, String city,
                               String cityKana, String town, String townKana, String building,
                               String businessName, String businessAddress) {
}
