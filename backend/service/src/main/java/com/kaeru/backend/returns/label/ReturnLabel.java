package com.kaeru.backend.returns.label;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything printed on a prepaid return label, already in the customer's language where it
 * matters (item names). No entities: the renderer needs no database and is tested alone.
 *
 * @param shopName   printed in the header
 * @param brandColor {@code #RRGGBB}, the header's colour
 * @param logo       PNG or JPEG bytes, or {@code null} for the name alone
 * @param rmaNumber  what the QR code and the barcode carry, e.g. {@code R-000123}
 * @param language   {@code ja} or {@code en}: captions, instructions and the date format
 * @param sender     the customer (ご依頼主)
 * @param recipient  the shop's return address (お届け先)
 * @param items      what is in the parcel
 * @param issuedOn   the day of issue in the shop's time zone
 */
public record ReturnLabel(String shopName, String brandColor, byte[] logo, String rmaNumber, String language,
                          Party sender, Party recipient, List<Item> items, LocalDate issuedOn) {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public ReturnLabel {
        Objects.requireNonNull(shopName, "shopName");
        if (brandColor == null || !COLOR.matcher(brandColor).matches()) {
            throw new IllegalArgumentException("Brand colour must look like #RRGGBB");
        }
        if (rmaNumber == null || rmaNumber.isBlank()) {
            throw new IllegalArgumentException("A label needs an RMA number");
        }
        if (!"ja".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("Label language must be ja or en");
        }
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        items = List.copyOf(items);
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** The same label with the shop's logo (fetched outside the transaction that gathered the rest). */
    public ReturnLabel withLogo(byte[] logoBytes) {
        return new ReturnLabel(shopName, brandColor, logoBytes, rmaNumber, language, sender, recipient, items, issuedOn);
    }

    /**
     * A postal party in Japanese order. Any field but the name may be {@code null} (orders from
     * some channels carry no address): the label then prints what it has.
     */
    public record Party(String name, String postalCode, String prefecture, String city, String line1, String line2,
                        String phone) {
        public Party {
            Objects.requireNonNull(name, "name");
        }
    }

    /** One returned line: product name, size/colour (or {@code null}), units. */
    public record Item(String name, String variant, int quantity) {
    }
}
