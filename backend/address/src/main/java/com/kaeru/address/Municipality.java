package com.kaeru.address;

/**
 * A city, ward, town or village (市区町村) as Japan Post names it: Tokyo's special wards
 * ({@code 渋谷区}), a designated city's wards ({@code 京都市中京区}), and towns and villages with
 * their district ({@code 北群馬郡榛東村}).
 *
 * @param number     position in the directory (stable only within one data version)
 * @param prefecture the prefecture it belongs to
 * @param name       e.g. 京都市中京区
 * @param kana       reading in full-width katakana
 */
public record Municipality(int number, Prefecture prefecture, String name, String kana) {
}
