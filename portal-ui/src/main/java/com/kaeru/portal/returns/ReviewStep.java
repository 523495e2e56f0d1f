package com.kaeru.portal.returns;

import java.time.LocalDate;
import java.util.Locale;

import com.kaeru.api.portal.PostalAddressDto;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Step 4: everything chosen, with the amounts, before the customer sends it. */
class ReviewStep extends Div {
    ReviewStep(ReturnDraft draft, Locale locale) {
        addClassName("step-review");
        String currency = draft.order().currency();
        for (ReturnDraft.LineChoice c : draft.chosen()) {
            Div card = new Div();
            card.addClassNames("card", "review-line");
            H3 title = new H3(c.line.productName());
            Span meta = new Span(ItemsStep.variantText(c.line) + " · " + getTranslation("portal.details.units", c.quantity));
            meta.addClassName("meta");
            String reason = draft.order().reasons().stream().filter(r -> r.code().equals(c.reasonCode))
                    .map(r -> "en".equals(locale.getLanguage()) ? r.labelEn() : r.labelJa()).findFirst().orElse("");
            Paragraph why = new Paragraph(getTranslation("portal.review.reason", reason));
            Paragraph what;
            if (c.exchange) {
                String option = c.exchangeOption().map(o -> String.join(" / ", java.util.stream.Stream.of(o.size(),
                        o.color()).filter(v -> v != null && !v.isBlank()).toList())).orElse("");
                long diff = c.priceDifferenceMinor();
                String money = diff > 0 ? getTranslation("portal.details.difference.pay", Formats.money(diff, currency, locale))
                        : diff < 0 ? getTranslation("portal.details.difference.back", Formats.money(-diff, currency, locale))
                        : "";
                what = new Paragraph(getTranslation("portal.review.exchange", option) + " " + money);
            } else {
                what = new Paragraph(getTranslation("portal.review.refund",
                        Formats.money(c.refundAmountMinor(), currency, locale),
                        getTranslation("portal.refundMethod." + c.refundMethod)));
            }
            what.addClassName("resolution-summary");
            card.add(title, meta, why, what);
            if (!c.photos.isEmpty()) {
                card.add(new Paragraph(getTranslation("portal.review.photos", c.photos.size())));
            }
            add(card);
        }
        Div shipping = new Div();
        shipping.addClassNames("card", "review-shipping");
        shipping.add(new H3(getTranslation("portal.review.shipping")));
        String method = getTranslation("portal.returnMethod." + draft.returnMethod);
        if (draft.returnMethod == ReturnMethod.PICKUP) {
            method += " · " + Formats.dayWithWeekday(LocalDate.parse(draft.pickupDate), locale) + " "
                    + getTranslation("portal.pickupSlot." + draft.pickupSlot);
        } else if (draft.returnMethod == ReturnMethod.DROP_OFF) {
            method += " · " + getTranslation("portal.dropOff." + draft.dropOffPoint);
        }
        shipping.add(new Paragraph(method));
        if (draft.needsAddress()) {
            shipping.add(addressBlock(draft.address()));
        }
        add(shipping);
        if (draft.refundTotalMinor() > 0) {
            Paragraph total = new Paragraph(getTranslation("portal.review.refundTotal",
                    Formats.money(draft.refundTotalMinor(), currency, locale)));
            total.addClassName("refund-total");
            total.setId("refund-total");
            add(total);
        }
    }

    static Div addressBlock(PostalAddressDto a) {
        Div block = new Div();
        block.addClassName("postal-address");
        block.add(new Div(new Span("〒" + a.postalCode)));
        block.add(new Div(new Span(a.prefecture + a.city + a.line1)));
        if (a.line2 != null && !a.line2.isBlank()) {
            block.add(new Div(new Span(a.line2)));
        }
        block.add(new Div(new Span(a.name + (a.phone == null || a.phone.isBlank() ? "" : " · " + a.phone))));
        return block;
    }
}
