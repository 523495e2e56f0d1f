package com.kaeru.backend.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Japanese postal address: 〒 code, prefecture, city, town with block number, building. */
@Embeddable
public class PostalAddress {
    @Column(name = "address_name")
    private String name;
    @Column(name = "address_postal_code")
    private String postalCode;
    @Column(name = "address_prefecture")
    private String prefecture;
    @Column(name = "address_city")
    private String city;
    @Column(name = "address_line1")
    private String line1;
    @Column(name = "address_line2")
    private String line2;
    @Column(name = "address_phone")
    private String phone;

    protected PostalAddress() {
    }

    public PostalAddress(String name, String postalCode, String prefecture, String city, String line1, String line2,
                         String phone) {
        this.name = name;
        this.postalCode = normalisePostalCode(postalCode);
        this.prefecture = prefecture;
        this.city = city;
        this.line1 = line1;
        this.line2 = blankToNull(line2);
        this.phone = blankToNull(phone);
    }

    /** {@code 1000005} and {@code 100-0005} are the same code; it is stored with the hyphen. */
    static String normalisePostalCode(String code) {
        if (code == null) {
            return null;
        }
        String digits = code.replaceAll("[^0-9]", "");
        return digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : code.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Everything a carrier needs is there (the building and phone are optional). */
    public boolean complete() {
        return notBlank(name) && notBlank(postalCode) && notBlank(prefecture) && notBlank(city) && notBlank(line1);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public String name() {
        return name;
    }

    public String postalCode() {
        return postalCode;
    }

    public String prefecture() {
        return prefecture;
    }

    public String city() {
        return city;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String phone() {
        return phone;
    }
}
