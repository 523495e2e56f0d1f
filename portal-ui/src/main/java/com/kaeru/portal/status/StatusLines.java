package com.kaeru.portal.status;

import java.util.Locale;

import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the customer gets for each returned line (the exchange size or the refund and its method, a
 * backordered exchange said so), then the refunds already issued. Its own component so the status page
 * can grow further panels about lines (e.g. a choice for backordered exchanges) beside it without
 * growing itself.
 */
class StatusLines extends Div {

    StatusLines(ReturnDto current, Locale locale) {
        addClassName("status-lines");
        for (ReturnLineDto line : current.lines()) {
            add(card(line, current.currency(), locale));
        }
        for (RefundDto refund : current.refunds()) {
            if (refund.status() == RefundStatus.ISSUED) {
                Paragraph issued = new Paragraph(getTranslation(locale, "portal.status.refunded",
                        Formats.money(refund.amountMinor(), refund.currency(), locale),
                        getTranslation(locale, "portal.refundMethod." + refund.method())));
                issued.addClassName("refund-issued");
                add(issued);
            }
        }
    }

    private Div card(ReturnLineDto line, String currency, Locale locale) {
        Div card = new Div();
        card.addClassNames("card", "status-line");
        card.add(new H3(line.productName()));
        String resolution = line.resolution() == Resolution.EXCHANGE
                ? getTranslation(locale, "portal.status.line.exchange", line.exchangeSku(), line.quantity())
                : getTranslation(locale, "portal.status.line.refund",
                        Formats.money(line.refundAmountMinor(), currency, locale),
                        getTranslation(locale, "portal.refundMethod." + line.refundMethod()));
        card.add(new Paragraph(resolution));
        if (line.fulfilment() != null) {
            Paragraph replacement = new Paragraph(replacement(line.fulfilment(), locale));
            replacement.setId("fulfilment-" + line.id());
            card.add(replacement);
            TrackingLink.of("fulfilment-tracking-" + line.id(), null, line.fulfilment().carrier(),
                    line.fulfilment().trackingNumber(), getTranslation(locale, "portal.status.tracking",
                            line.fulfilment().trackingNumber())).ifPresent(card::add);
        } else if (line.backorder()) {
            card.add(new Paragraph(getTranslation(locale, "portal.status.line.backorder")));
        }
        return card;
    }

    /** Where the customer's replacement stands (its own fulfilment), with the promised date or the tracking number. */
    private String replacement(com.kaeru.api.returns.FulfilmentDto f, Locale locale) {
        return switch (f.state()) {
            case BACKORDERED -> getTranslation(locale, f.dateConfirmed()
                            ? "portal.status.fulfilment.BACKORDERED.confirmed" : "portal.status.fulfilment.BACKORDERED",
                    f.promisedDate() == null ? "" : Formats.dayWithWeekday(f.promisedDate(), locale));
            case SHIPPED, DELIVERED -> getTranslation(locale, "portal.status.fulfilment." + f.state(), f.carrier(),
                    f.trackingNumber());
            default -> getTranslation(locale, "portal.status.fulfilment." + f.state());
        };
    }
}
