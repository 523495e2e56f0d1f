package com.kaeru.address;

/**
 * One of the 47 prefectures (都道府県).
 *
 * @param code JIS X 0401 code, 1 (北海道) to 47 (沖縄県)
 * @param name e.g. 東京都
 * @param kana reading in full-width katakana, e.g. トウキョウト
 */
public record Prefecture(int code, String name, String kana) {
}
