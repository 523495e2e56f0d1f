package com.kaeru.portal.returns;

import java.util.Locale;
import java.util.stream.IntStream;

import com.kaeru.api.portal.PortalOrderLineDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/**
 * Step 1: every line of the order with its eligibility. Lines that cannot be returned stay
 * visible with the reason in plain words; the others get a checkbox and a quantity.
 */
class ItemsStep extends Div {
    ItemsStep(ReturnDraft draft, Locale locale, Runnable changed) {
        addClassName("step-items");
        String currency = draft.order().currency();
        for (PortalOrderLineDto line : draft.order().lines()) {
            Div card = new Div();
            card.addClassNames("card", "order-line");
            card.setId("line-" + line.sku());
            Span meta = new Span(variantText(line) + " · " + getTranslation("portal.items.paid",
                    Formats.money(line.paidPerUnitMinor(), currency, locale), line.quantity()));
            meta.addClassName("meta");
            if (ReturnDraft.selectable(line)) {
                Checkbox choose = new Checkbox(line.productName(), draft.isChosen(line.orderLineId()));
                choose.addClassName("choose");
                Select<Integer> quantity = new Select<>();
                quantity.setLabel(getTranslation("portal.items.quantity"));
                quantity.setItems(IntStream.rangeClosed(1, line.returnableQuantity()).boxed().toList());
                quantity.setVisible(choose.getValue() && line.returnableQuantity() > 1);
                if (draft.isChosen(line.orderLineId())) {
                    quantity.setValue(draft.choice(line.orderLineId()).quantity);
                }
                choose.addValueChangeListener(e -> {
                    draft.choose(line, e.getValue());
                    quantity.setVisible(e.getValue() && line.returnableQuantity() > 1);
                    if (e.getValue()) {
                        quantity.setValue(draft.choice(line.orderLineId()).quantity);
                    }
                    card.getElement().getClassList().set("chosen", e.getValue());
                    changed.run();
                });
                quantity.addValueChangeListener(e -> {
                    if (e.getValue() != null && draft.isChosen(line.orderLineId())) {
                        draft.choice(line.orderLineId()).quantity = e.getValue();
                    }
                });
                card.getElement().getClassList().set("chosen", choose.getValue());
                card.add(choose, meta, quantity);
                if (line.eligibility().outcome() == PolicyOutcome.EXCHANGE_ONLY || !line.eligibility().refundAllowed()) {
                    card.add(note(getTranslation("portal.items.exchangeOnly") + explain(line), "note"));
                } else if (line.eligibility().outcome() == PolicyOutcome.NEEDS_REVIEW) {
                    card.add(note(getTranslation("portal.items.review") + explain(line), "note"));
                }
            } else {
                card.addClassName("ineligible");
                Span name = new Span(line.productName());
                name.addClassName("product-name");
                String why = line.returnableQuantity() == 0 && line.eligibility().message() == null
                        ? getTranslation("portal.items.alreadyReturned") : line.eligibility().message();
                card.add(name, meta, note(getTranslation("portal.items.notReturnable") + " " + why, "why"));
            }
            add(card);
        }
    }

    private static String explain(PortalOrderLineDto line) {
        return line.eligibility().message() == null ? "" : " " + line.eligibility().message();
    }

    static String variantText(PortalOrderLineDto line) {
        return String.join(" / ", java.util.stream.Stream.of(line.size(), line.color())
                .filter(v -> v != null && !v.isBlank()).toList());
    }

    private static Paragraph note(String text, String className) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        return note;
    }
}
