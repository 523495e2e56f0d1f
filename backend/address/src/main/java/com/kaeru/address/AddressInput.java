package com.kaeru.address;

/**
 * An address as typed into a Japanese form; every part may be empty or {@code null} while the
 * person is still typing. How the text is split between the fields does not matter: the whole
 * address in {@code addressLine} ({@code 東京都渋谷区渋谷2-21-1}) is checked like the same text
 * spread over the fields.
 *
 * @param postalCode  郵便番号, e.g. {@code 150-0002}, {@code 〒１５００００２}
 * @param prefecture  都道府県, e.g. {@code 東京都} (the suffix may be left out: {@code 東京})
 * @param city        市区町村, e.g. {@code 渋谷区}, {@code 京都市中京区}
 * @param addressLine town and block number (町域・番地), e.g. {@code 渋谷2-21-1},
 *                    {@code 烏丸通御池上る二条殿町538}
 * @param building    building and room (建物名・部屋番号), optional
 */
public record AddressInput(String postalCode, String prefecture, String city, String addressLine, String building) {
}
