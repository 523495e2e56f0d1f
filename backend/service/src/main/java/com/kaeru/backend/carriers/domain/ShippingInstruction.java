package com.kaeru.backend.carriers.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slip to print: a return pickup (the customer sends, the shop receives) or an exchange
 * shipment (the shop sends the replacement). Its {@link #reference} is the slip's お客様管理番号,
 * which the carrier's issued-data export hands back with the tracking number.
 *
 * @param kind       pickup or exchange
 * @param reference  {@code <rma>} for a pickup, {@code <rma>-L<lineId>} for an exchange line
 * @param shipDate   出荷予定日: the pickup day, or today for an exchange
 * @param sender     ご依頼主
 * @param consignee  お届け先
 * @param itemName   品名
 * @param note       記事: what the warehouse reads on the slip (e.g. the pickup slot)
 */
public record ShippingInstruction(Kind kind, String reference, LocalDate shipDate, Party sender, Party consignee,
                                  String itemName, String note) {
    private static final Pattern LINE_REFERENCE = Pattern.compile("^(.+)-L(\\d{1,18})$");

    public enum Kind {
        PICKUP, EXCHANGE
    }

    public static String pickupReference(String rma) {
        return rma;
    }

    public static String exchangeReference(String rma, long lineId) {
        return rma + "-L" + lineId;
    }

    /** What a reference names: an RMA and, for an exchange line, the line. */
    public record Target(String rma, Long lineId) {
    }

    /** Reads a お客様管理番号 back; blank is empty. */
    public static Optional<Target> parseReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String r = reference.strip();
        Matcher m = LINE_REFERENCE.matcher(r);
        return Optional.of(m.matches() ? new Target(m.group(1), Long.parseLong(m.group(2))) : new Target(r, null));
    }
}
