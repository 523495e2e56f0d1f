package com.kaeru.backend.carriers.domain;

/**
 * Sender or consignee on a slip, the way Japanese carriers print it.
 *
 * @param name       person or company
 * @param kana       reading in katakana, or {@code null} (Kaeru rarely knows it)
 * @param honorific  敬称 ({@code 様} for a person, {@code 御中} for a company), or {@code null}
 * @param phone      phone, or {@code null}
 * @param postalCode {@code NNN-NNNN}
 * @param address    prefecture, city and street in one line
 * @param building   building and room, or {@code null}
 */
public record Party(String name, String kana, String honorific, String phone, String postalCode, String address,
                    String building) {
}
