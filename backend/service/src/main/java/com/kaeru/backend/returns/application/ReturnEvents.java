package com.kaeru.backend.returns.application;

import java.util.List;
import java.util.function.Supplier;

import com.kaeru.api.events.Customer;
import com.kaeru.api.events.EventPayload;
import com.kaeru.api.events.ReturnApproved;
import com.kaeru.api.events.ReturnCancelled;
import com.kaeru.api.events.ReturnCompleted;
import com.kaeru.api.events.ReturnHeldForReview;
import com.kaeru.api.events.ReturnInTransit;
import com.kaeru.api.events.ReturnInspected;
import com.kaeru.api.events.ReturnLabelIssued;
import com.kaeru.api.events.ReturnLineData;
import com.kaeru.api.events.ReturnReceived;
import com.kaeru.api.events.ReturnRejected;
import com.kaeru.api.events.ReturnRequested;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.tenancy.domain.Shop;

/** The typed events of a return's moves, built from the aggregate (one place, so each move reads the same). */
public final class ReturnEvents {
    private ReturnEvents() {
    }

    public static Customer customer(ReturnRequest request) {
        return new Customer(request.customerEmail(), request.customerLanguage());
    }

    /** The event of one status change: one event type per status reached. */
    public static EventPayload statusChanged(Shop shop, ReturnRequest request, ReturnRequest.StatusChange change,
                                             Supplier<String> orderNumber) {
        String rma = request.rmaNumber();
        Customer customer = customer(request);
        String from = change.from() == null ? null : change.from().name();
        String to = change.to().name();
        String reason = change.reason() == null ? "" : change.reason();
        return switch (change.to()) {
            case REQUESTED -> new ReturnRequested(rma, orderNumber.get(), customer, request.returnMethod().name(),
                    shop.currency().getCurrencyCode(), lines(request.lines()), to, reason);
            case NEEDS_REVIEW -> new ReturnHeldForReview(rma, customer, from, to, reason);
            case APPROVED -> new ReturnApproved(rma, customer, from, to, reason);
            case AWAITING_SHIPMENT -> new ReturnLabelIssued(rma, customer, from, to, reason);
            case IN_TRANSIT -> new ReturnInTransit(rma, customer, from, to, reason, request.carrier(),
                    request.trackingNumber(), com.kaeru.api.carriers.Carrier.trackingUrl(request.carrier(),
                    request.trackingNumber()));
            case REJECTED -> new ReturnRejected(rma, customer, from, to, reason);
            case RECEIVED -> new ReturnReceived(rma, customer, from, to, reason, request.refundDueAt());
            case INSPECTED -> new ReturnInspected(rma, customer, from, to, reason);
            case COMPLETED -> new ReturnCompleted(rma, customer, from, to, reason);
            case CANCELLED -> new ReturnCancelled(rma, customer, from, to, reason);
        };
    }

    private static List<ReturnLineData> lines(List<ReturnLine> lines) {
        return lines.stream().map(l -> new ReturnLineData(l.id(), l.orderLineId(), l.quantity(), l.reasonCode(),
                l.resolution().name(), l.refundMethod() == null ? null : l.refundMethod().name(),
                l.exchangeVariantId(), l.policyOutcome(), l.refundAmountMinor(), l.feeMinor(), l.bonusMinor(),
                l.priceDifferenceMinor())).toList();
    }
}
