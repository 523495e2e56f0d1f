package com.kaeru.portal.returns;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaeru.api.portal.ExchangeOptionDto;
import com.kaeru.api.portal.PortalOrderDto;
import com.kaeru.api.portal.PortalOrderLineDto;
import com.kaeru.api.portal.PostalAddressDto;
import com.kaeru.api.portal.ReturnLineSubmission;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;

/**
 * Everything the customer has chosen so far, kept apart from the screens so that going back,
 * switching language or a refused submission never loses a word they typed.
 */
public class ReturnDraft implements Serializable {
    /** What the customer wants for one order line. */
    public static class LineChoice implements Serializable {
        final PortalOrderLineDto line;
        int quantity = 1;
        String reasonCode;
        String comment = "";
        boolean exchange;
        String exchangeSku;
        RefundMethod refundMethod;
        final List<Photo> photos = new ArrayList<>();

        LineChoice(PortalOrderLineDto line) {
            this.line = line;
            // Exchange first: offered by default whenever the policy allows one and an option is in stock.
            this.exchange = line.eligibility().exchangeAllowed()
                    && line.exchangeOptions().stream().anyMatch(o -> o.offered() && o.available() > 0);
            if (!line.eligibility().refundAllowed()) {
                this.exchange = true;
            }
        }

        public PortalOrderLineDto line() {
            return line;
        }

        public int quantity() {
            return quantity;
        }

        public boolean exchange() {
            return exchange;
        }

        public Optional<ExchangeOptionDto> exchangeOption() {
            return line.exchangeOptions().stream().filter(o -> o.sku().equals(exchangeSku)).findFirst();
        }

        /** What a refund of these units pays: the price paid minus the policy's fees. */
        public long refundAmountMinor() {
            return Math.max(0, (line.paidPerUnitMinor() - line.eligibility().refundFeeMinor()) * quantity);
        }

        public long exchangeBonusMinor() {
            return line.eligibility().exchangeBonusMinor() * quantity;
        }

        /** Positive: the customer pays more for the new item; negative: gets the remainder back. */
        public long priceDifferenceMinor() {
            return exchangeOption().map(o -> o.priceDifferenceMinor() * quantity).orElse(0L);
        }

        public String reasonCode() {
            return reasonCode;
        }

        public String comment() {
            return comment;
        }

        public String exchangeSku() {
            return exchangeSku;
        }

        public RefundMethod refundMethod() {
            return refundMethod;
        }

        public List<Photo> photos() {
            return photos;
        }
    }

    /** A photo chosen before submission; uploaded once the return exists. */
    public record Photo(String fileName, String mimeType, byte[] data) implements Serializable {
    }

    private final PortalOrderDto order;
    private final Map<Long, LineChoice> chosen = new LinkedHashMap<>();
    ReturnMethod returnMethod;
    String pickupDate;
    String pickupSlot;
    String dropOffPoint;
    PostalAddressDto address;

    public ReturnDraft(PortalOrderDto order, ReturnMethod firstReturnMethod) {
        this.order = order;
        this.returnMethod = firstReturnMethod;
        PostalAddressDto shipped = order.shippingAddress();
        this.address = shipped == null ? new PostalAddressDto() : new PostalAddressDto(shipped.name,
                shipped.postalCode, shipped.prefecture, shipped.city, shipped.line1, shipped.line2, shipped.phone);
    }

    public PortalOrderDto order() {
        return order;
    }

    /** A line can be chosen when the policy allows a refund or an exchange and units are left. */
    public static boolean selectable(PortalOrderLineDto line) {
        return line.returnableQuantity() > 0
                && (line.eligibility().refundAllowed() || line.eligibility().exchangeAllowed());
    }

    public void choose(PortalOrderLineDto line, boolean selected) {
        if (selected && selectable(line)) {
            chosen.computeIfAbsent(line.orderLineId(), id -> new LineChoice(line));
        } else {
            chosen.remove(line.orderLineId());
        }
    }

    public boolean isChosen(long orderLineId) {
        return chosen.containsKey(orderLineId);
    }

    public List<LineChoice> chosen() {
        return List.copyOf(chosen.values());
    }

    public LineChoice choice(long orderLineId) {
        return chosen.get(orderLineId);
    }

    public boolean anyExchange() {
        return chosen.values().stream().anyMatch(c -> c.exchange);
    }

    /** An address is needed for a pickup and to ship an exchange. */
    public boolean needsAddress() {
        return returnMethod == ReturnMethod.PICKUP || anyExchange();
    }

    public long refundTotalMinor() {
        return chosen.values().stream().filter(c -> !c.exchange).mapToLong(LineChoice::refundAmountMinor).sum();
    }

    public ReturnMethod returnMethod() {
        return returnMethod;
    }

    public String pickupDate() {
        return pickupDate;
    }

    public String pickupSlot() {
        return pickupSlot;
    }

    public String dropOffPoint() {
        return dropOffPoint;
    }

    public PostalAddressDto address() {
        return address;
    }

    /** What is still missing before the customer may go on from the item details; empty when complete. */
    public List<String> missingDetails() {
        List<String> missing = new ArrayList<>();
        for (LineChoice c : chosen.values()) {
            if (c.reasonCode == null) {
                missing.add("reason:" + c.line.orderLineId());
            }
            if (c.exchange && c.exchangeSku == null) {
                missing.add("exchangeSku:" + c.line.orderLineId());
            }
            if (!c.exchange && c.refundMethod == null) {
                missing.add("refundMethod:" + c.line.orderLineId());
            }
        }
        return missing;
    }

    /** The request as the API takes it; only what the chosen method and resolutions use is sent. */
    public ReturnSubmission toSubmission() {
        List<ReturnLineSubmission> lines = new ArrayList<>();
        for (LineChoice c : chosen.values()) {
            ReturnLineSubmission line = c.exchange
                    ? ReturnLineSubmission.exchange(c.line.orderLineId(), c.quantity, c.reasonCode, c.exchangeSku)
                    : ReturnLineSubmission.refund(c.line.orderLineId(), c.quantity, c.reasonCode, c.refundMethod);
            line.comment = c.comment == null || c.comment.isBlank() ? null : c.comment.strip();
            if (c.exchange && c.priceDifferenceMinor() > 0) {
                // The upgrade's difference the portal showed ("you pay ..."); submitting is the customer's consent.
                line.acceptedPriceDifferenceMinor = c.priceDifferenceMinor();
            }
            lines.add(line);
        }
        ReturnSubmission submission = new ReturnSubmission(returnMethod, lines);
        if (returnMethod == ReturnMethod.PICKUP) {
            submission.pickupDate = pickupDate;
            submission.pickupSlot = pickupSlot;
        }
        if (returnMethod == ReturnMethod.DROP_OFF) {
            submission.dropOffPoint = dropOffPoint;
        }
        submission.address = needsAddress() ? address : null;
        return submission;
    }
}
